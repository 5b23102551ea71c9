package org.socorg.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socorg.platform.shared.PlatformException;

class HolidayNoticeValidationTest {

    static HolidayNotice notice(int year, List<HolidayRange> holidays, List<LocalDate> workingWeekends) {
        return new HolidayNotice(year, "国务院办公厅关于" + year + "年部分节假日安排的通知", holidays, workingWeekends,
                null, null);
    }

    static HolidayRange range(String name, String first, String last) {
        return new HolidayRange(name, LocalDate.parse(first), LocalDate.parse(last));
    }

    private static PlatformException refusal(HolidayNotice notice) {
        try {
            HolidayNotices.validate(notice);
        } catch (PlatformException e) {
            return e;
        }
        throw new AssertionError("the notice was accepted");
    }

    @Test
    void accepts_a_notice_like_the_2026_one() {
        assertThatCode(() -> HolidayNotices.validate(notice(2026,
                List.of(range("元旦", "2026-01-01", "2026-01-03"), range("春节", "2026-02-15", "2026-02-23")),
                List.of(LocalDate.parse("2026-01-04"), LocalDate.parse("2026-02-14"))))).doesNotThrowAnyException();
    }

    @Test
    void refuses_dates_outside_the_year_naming_them_in_both_languages() {
        PlatformException e = refusal(notice(2027, List.of(range("元旦", "2026-12-31", "2027-01-02")),
                List.of(LocalDate.parse("2028-01-08"))));
        assertThat(e.code()).isEqualTo("INVALID_HOLIDAY_NOTICE");
        assertThat(e.kind()).isEqualTo(PlatformException.Kind.INVALID_INPUT);
        assertThat(e.messageZh()).contains("元旦", "不在 2027 年内", "2028-01-08");
        assertThat(e.messageEn()).contains("元旦", "is not inside 2027", "2028-01-08");
    }

    @Test
    void refuses_a_working_weekend_that_is_a_weekday() {
        // 2027-02-10 is a Wednesday
        PlatformException e = refusal(notice(2027, List.of(range("春节", "2027-02-06", "2027-02-13")),
                List.of(LocalDate.parse("2027-02-10").plusDays(7))));
        assertThat(e.messageEn()).contains("2027-02-17 is not a Saturday or Sunday");
    }

    @Test
    void refuses_overlapping_holidays_and_a_working_day_inside_a_holiday() {
        PlatformException e = refusal(notice(2027,
                List.of(range("春节", "2027-02-06", "2027-02-13"), range("另一个", "2027-02-13", "2027-02-14")),
                List.of(LocalDate.parse("2027-02-07"))));
        assertThat(e.messageEn()).contains("另一个 overlaps 春节", "2027-02-07 lies inside the holiday 春节");
        assertThat(e.messageZh()).contains("日期重叠", "之内");
    }

    @Test
    void refuses_a_reversed_range_a_missing_name_no_holidays_and_duplicates() {
        assertThat(refusal(notice(2027, List.of(range("国庆节", "2027-10-07", "2027-10-01")), List.of())).messageEn())
                .contains("is before the first day");
        assertThat(refusal(notice(2027, List.of(range(" ", "2027-10-01", "2027-10-07")), List.of())).messageEn())
                .contains("every holiday needs a name");
        assertThat(refusal(notice(2027, List.of(), List.of())).messageEn()).contains("at least one holiday");
        LocalDate saturday = LocalDate.parse("2027-09-25");
        assertThat(refusal(notice(2027, List.of(range("国庆节", "2027-10-01", "2027-10-07")),
                List.of(saturday, saturday))).messageEn()).contains("listed twice");
        assertThat(refusal(new HolidayNotice(2027, " ", List.of(range("国庆节", "2027-10-01", "2027-10-07")),
                List.of(), null, null)).messageZh()).contains("通知名称");
    }
}

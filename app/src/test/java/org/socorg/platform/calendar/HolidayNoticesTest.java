package org.socorg.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.socorg.platform.calendar.HolidayNoticeValidationTest.notice;
import static org.socorg.platform.calendar.HolidayNoticeValidationTest.range;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.audit.AuditLog;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.identity.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each test uses a year of its own far ahead (the calendar bean and the H2 database are shared by every test in
 * the run), so saving a notice changes no deadline another test computes.
 */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class HolidayNoticesTest {

    static final Caller ADMIN = new Caller("admin1", "褚管", Set.of(Roles.ADMINISTRATOR), "100000");
    static final Caller OFFICIAL = new Caller("official1", "李四", Set.of(Groups.REGISTRATION_OFFICIALS,
            Roles.REGISTRATION_OFFICER), "110000");

    @Autowired HolidayNotices notices;
    @Autowired WorkingDayCalendar calendar;
    @Autowired AuditLog audit;

    @Test
    void a_saved_notice_takes_effect_at_once_and_the_year_is_no_longer_unknown() {
        LocalDate before = LocalDate.parse("2097-09-30");
        assertThat(calendar.addWorkingDays(before, 1).unknownYears()).containsExactly(2097);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2097-10-01"))).isTrue(); // weekends-only guess

        notices.save(ADMIN, notice(2097, List.of(range("国庆节", "2097-10-01", "2097-10-07")),
                List.of(LocalDate.parse("2097-09-29").minusDays(1))), false); // Saturday 2097-09-28

        assertThat(calendar.knownYears()).contains(2097);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2097-10-01"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2097-09-28"))).isTrue();
        assertThat(calendar.addWorkingDays(before, 1)).satisfies(a -> {
            assertThat(a.unknownYears()).isEmpty();
            assertThat(a.value()).isEqualTo(LocalDate.parse("2097-10-08"));
        });
        assertThat(notices.list()).filteredOn(n -> n.year() == 2097).singleElement().satisfies(n -> {
            assertThat(n.savedBy()).isEqualTo("admin1");
            assertThat(n.holidays()).containsExactly(range("国庆节", "2097-10-01", "2097-10-07"));
            assertThat(n.workingWeekends()).containsExactly(LocalDate.parse("2097-09-28"));
        });
        assertThat(audit.caseTrail("calendar:2097")).singleElement().satisfies(e -> {
            assertThat(e.fields()).containsEntry("kind", "calendar.notice-saved").containsEntry("actor", "admin1");
            assertThat(e.fields()).containsEntry("outcome", "ADDED").containsEntry("element", "2097")
                    .doesNotContainKey("ref");
        });
    }

    @Test
    void a_known_year_is_replaced_only_when_the_administrator_confirms() {
        notices.save(ADMIN, notice(2098, List.of(range("春节", "2098-01-30", "2098-02-05")), List.of()), false);

        assertThatThrownBy(() -> notices.save(ADMIN, notice(2098, List.of(range("春节", "2098-02-01", "2098-02-07")),
                List.of()), false)).extracting("code").isEqualTo("CALENDAR_YEAR_EXISTS");
        // a year from the data file too
        assertThatThrownBy(() -> notices.save(ADMIN, notice(2025, List.of(range("元旦", "2025-01-01", "2025-01-01")),
                List.of()), false)).extracting("code").isEqualTo("CALENDAR_YEAR_EXISTS");
        assertThat(calendar.isWorkingDay(LocalDate.parse("2098-02-07"))).isTrue(); // a Friday, unchanged

        notices.save(ADMIN, notice(2098, List.of(range("春节", "2098-02-01", "2098-02-07")), List.of()), true);

        assertThat(calendar.isWorkingDay(LocalDate.parse("2098-01-30"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2098-02-07"))).isFalse();
        assertThat(notices.list()).filteredOn(n -> n.year() == 2098).singleElement()
                .extracting(HolidayNotice::holidays).asList().hasSize(1);
        assertThat(audit.caseTrail("calendar:2098")).extracting(e -> e.fields().get("outcome"))
                .containsExactly("ADDED", "REPLACED");
    }

    @Test
    void only_administrators_may_save_and_an_invalid_notice_changes_nothing() {
        assertThatThrownBy(() -> notices.save(OFFICIAL, notice(2096, List.of(range("元旦", "2096-01-01",
                "2096-01-01")), List.of()), false)).extracting("code").isEqualTo("FORBIDDEN");
        assertThatThrownBy(() -> notices.save(ADMIN, notice(2096, List.of(range("元旦", "2095-12-31",
                "2096-01-01")), List.of()), false)).extracting("code").isEqualTo("INVALID_HOLIDAY_NOTICE");

        assertThat(calendar.knownYears()).doesNotContain(2096);
        assertThat(notices.list()).noneMatch(n -> n.year() == 2096);
        assertThat(audit.caseTrail("calendar:2096")).isEmpty();
    }

    @Test
    void stored_notices_are_merged_into_a_calendar_at_start() {
        notices.save(ADMIN, notice(2095, List.of(range("劳动节", "2095-05-01", "2095-05-05")), List.of()), false);
        WorkingDayCalendar fresh = WorkingDayCalendar.fromJson(getClass().getResourceAsStream(
                "/calendars/china-public-holidays.json"), "test");
        assertThat(fresh.knownYears()).doesNotContain(2095);

        new HolidayNotices(mapper, fresh, e -> { }).afterPropertiesSet();

        assertThat(fresh.knownYears()).contains(2095);
        assertThat(fresh.isWorkingDay(LocalDate.parse("2095-05-02"))).isFalse();
    }

    @Autowired org.socorg.platform.calendar.internal.HolidayNoticeMapper mapper;
}

package org.socorg.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * Expected values are counted by hand from config/calendars/china-public-holidays.json (2025 and
 * 2026 State Council schedules); each comment lists the working days counted, so a reader can
 * check them against the notice without trusting the code under test.
 *
 * <p>Weekday anchors used below: 2025-01-01 Wed, 2025-10-01 Wed, 2026-01-01 Thu, 2026-02-01 Sun,
 * 2026-10-01 Thu, 2026-11-01 Sun, 2026-12-01 Tue, 2027-01-01 Fri, 2027-02-01 Mon, 2027-03-01 Mon.
 */
class WorkingDayCalendarTest {

    private static final String DATA = "/calendars/china-public-holidays.json";

    private WorkingDayCalendar calendar;
    private ListAppender<ILoggingEvent> logged;
    private Logger calendarLogger;

    @BeforeEach
    void load_the_shipped_calendar_and_capture_its_log() {
        calendar = load(DATA);
        calendarLogger = (Logger) LoggerFactory.getLogger(WorkingDayCalendar.class);
        logged = new ListAppender<>();
        logged.start();
        calendarLogger.addAppender(logged);
    }

    @AfterEach
    void detach_log_capture() {
        calendarLogger.detachAppender(logged);
    }

    // ---------------------------------------------------------------- the data file and isWorkingDay

    @Test
    void shipped_data_knows_2025_and_2026_only() {
        assertThat(calendar.knownYears()).containsExactly(2025, 2026);
    }

    @ParameterizedTest(name = "{0} is an adjusted working day (调休上班)")
    @ValueSource(strings = {
            "2025-01-26", // Sun, Spring Festival
            "2025-02-08", // Sat, Spring Festival
            "2025-09-28", // Sun, National Day
            "2025-10-11", // Sat, National Day
            "2026-02-14", // Sat, Spring Festival
            "2026-02-28", // Sat, Spring Festival
            "2026-09-20", // Sun, National Day
            "2026-10-10"  // Sat, National Day
    })
    void adjusted_weekend_days_are_working_days(String date) {
        assertThat(calendar.isWorkingDay(LocalDate.parse(date))).isTrue();
    }

    @ParameterizedTest(name = "{0} is a day off")
    @ValueSource(strings = {
            // Spring Festival 2025: Tue 01-28 .. Tue 02-04, including the weekdays among them
            "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31",
            "2025-02-01", "2025-02-02", "2025-02-03", "2025-02-04",
            // Spring Festival 2026: Sun 02-15 .. Mon 02-23
            "2026-02-16", "2026-02-20", "2026-02-23",
            // National Day 2025: Wed 10-01 .. Wed 10-08
            "2025-10-01", "2025-10-06", "2025-10-08",
            // Mid-Autumn 2026 (Fri 09-25) and National Day 2026: Thu 10-01 .. Wed 10-07
            "2026-09-25", "2026-10-01", "2026-10-05", "2026-10-07"
    })
    void statutory_holidays_on_weekdays_are_not_working_days(String date) {
        assertThat(calendar.isWorkingDay(LocalDate.parse(date))).isFalse();
    }

    @Test
    void ordinary_weekends_are_days_off_and_ordinary_weekdays_are_working_days() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-01-25"))).as("Sat before the adjusted Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-02-09"))).as("Sun after the adjusted Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-01-27"))).as("Mon before Spring Festival").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-24"))).as("Tue after Spring Festival").isTrue();
    }

    // ---------------------------------------------------------------- addWorkingDays across holidays

    @Test
    void adding_working_days_across_spring_festival_2025_skips_the_holiday_and_counts_the_adjusted_weekend_days() {
        // From Fri 2025-01-24: Sun 01-26(1) Mon 01-27(2) | 01-28..02-04 off | Wed 02-05(3) Thu 02-06(4)
        // Fri 02-07(5) Sat 02-08(6) | Mon 02-10(7) Tue 02-11(8) Wed 02-12(9) Thu 02-13(10)
        CalendarAnswer<LocalDate> answer = calendar.addWorkingDays(LocalDate.parse("2025-01-24"), 10);

        assertThat(answer.value()).isEqualTo(LocalDate.parse("2025-02-13"));
        assertThat(answer.certain()).isTrue();
        assertThat(answer.unknownYears()).isEmpty();
    }

    @Test
    void one_working_day_after_the_last_day_before_spring_festival_2025_is_the_first_day_after_it() {
        // Mon 2025-01-27 is the last working day before the holiday; 01-28..02-04 off; Wed 02-05(1)
        assertThat(calendar.addWorkingDays(LocalDate.parse("2025-01-27"), 1).value())
                .isEqualTo(LocalDate.parse("2025-02-05"));
    }

    @Test
    void one_working_day_after_an_ordinary_saturday_can_be_the_adjusted_sunday() {
        // Sat 2025-01-25 -> Sun 2025-01-26 is 调休上班
        assertThat(calendar.addWorkingDays(LocalDate.parse("2025-01-25"), 1).value())
                .isEqualTo(LocalDate.parse("2025-01-26"));
    }

    @Test
    void adding_working_days_across_spring_festival_2026_skips_the_nine_day_holiday() {
        // From Fri 2026-02-13: Sat 02-14(1) | 02-15..02-23 off | Tue 02-24(2) Wed 02-25(3) Thu 02-26(4)
        // Fri 02-27(5) Sat 02-28(6) | Mon 03-02(7) Tue 03-03(8) Wed 03-04(9) Thu 03-05(10)
        CalendarAnswer<LocalDate> answer = calendar.addWorkingDays(LocalDate.parse("2026-02-13"), 10);

        assertThat(answer.value()).isEqualTo(LocalDate.parse("2026-03-05"));
        assertThat(answer.certain()).isTrue();
    }

    @Test
    void adding_working_days_across_national_day_2025_skips_the_eight_day_holiday() {
        // From Fri 2025-09-26: Sun 09-28(1) Mon 09-29(2) Tue 09-30(3) | 10-01..10-08 off | Thu 10-09(4)
        // Fri 10-10(5) Sat 10-11(6) | Mon 10-13(7) Tue 10-14(8) Wed 10-15(9) Thu 10-16(10)
        CalendarAnswer<LocalDate> answer = calendar.addWorkingDays(LocalDate.parse("2025-09-26"), 10);

        assertThat(answer.value()).isEqualTo(LocalDate.parse("2025-10-16"));
        assertThat(answer.certain()).isTrue();
    }

    @Test
    void adding_working_days_across_mid_autumn_and_national_day_2026_can_end_on_the_adjusted_saturday() {
        // From Fri 2026-09-18: Sun 09-20(1) Mon 09-21(2) Tue 09-22(3) Wed 09-23(4) Thu 09-24(5)
        // | 09-25..09-27 off | Mon 09-28(6) Tue 09-29(7) Wed 09-30(8) | 10-01..10-07 off
        // | Thu 10-08(9) Fri 10-09(10) Sat 10-10(11)
        CalendarAnswer<LocalDate> answer = calendar.addWorkingDays(LocalDate.parse("2026-09-18"), 11);

        assertThat(answer.value()).isEqualTo(LocalDate.parse("2026-10-10"));
        assertThat(answer.certain()).isTrue();
    }

    @Test
    void sixty_working_day_deadline_from_acceptance_crosses_national_day_2026() {
        // Accepted Tue 2026-09-01; the day of acceptance is not counted.
        // Sep: 02 03 04 (1-3), 07-11 (4-8), 14-18 (9-13), Sun 20 (14), 21-24 (15-18), [25-27 off],
        //      28 29 30 (19-21)
        // Oct: [01-07 off], 08 09 (22-23), Sat 10 (24), 12-16 (25-29), 19-23 (30-34), 26-30 (35-39)
        // Nov: 02-06 (40-44), 09-13 (45-49), 16-20 (50-54), 23-27 (55-59), Mon 30 (60)
        LocalDate accepted = LocalDate.parse("2026-09-01");

        CalendarAnswer<LocalDate> deadline = calendar.add(accepted, DeadlinePeriod.workingDays(60));

        assertThat(deadline.value()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(deadline.certain()).isTrue();
        assertThat(calendar.addWorkingDays(accepted, 60)).isEqualTo(deadline);
        // Same count read backwards: the period has used all 60 working days on its last day.
        assertThat(calendar.workingDaysBetween(accepted, LocalDate.parse("2026-11-30")).value()).isEqualTo(60);
        assertThat(calendar.workingDaysBetween(accepted, LocalDate.parse("2026-11-29")).value()).isEqualTo(59);
    }

    @Test
    void adding_zero_working_days_returns_the_start_even_on_a_holiday() {
        LocalDate holiday = LocalDate.parse("2025-10-01");

        assertThat(calendar.addWorkingDays(holiday, 0)).isEqualTo(CalendarAnswer.certain(holiday));
    }

    @Test
    void adding_a_negative_number_of_working_days_is_rejected() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.parse("2025-03-03"), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    // ---------------------------------------------------------------- workingDaysBetween

    @Test
    void february_2026_has_16_working_days() {
        // Mon-Fri not off: 02-06 (5), 09-13 (5), 24-27 (4) = 14; 16-20 and Mon 23 are Spring Festival.
        // Adjusted Saturdays: 14, 28 = 2. Total 16.
        CalendarAnswer<Integer> answer = calendar.workingDaysBetween(
                LocalDate.parse("2026-01-31"), LocalDate.parse("2026-02-28"));

        assertThat(answer.value()).isEqualTo(16);
        assertThat(answer.certain()).isTrue();
    }

    @Test
    void october_2025_has_18_working_days() {
        // Mon-Fri not off: 09 10 (2), 13-17 (5), 20-24 (5), 27-31 (5) = 17; 01-03 and 06-08 are National Day.
        // Adjusted Saturday 11 = 1 (Sun 09-28 belongs to September). Total 18.
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2025-09-30"), LocalDate.parse("2025-10-31")).value())
                .isEqualTo(18);
    }

    @Test
    void october_2026_has_18_working_days() {
        // Mon-Fri not off: 08 09 (2), 12-16 (5), 19-23 (5), 26-30 (5) = 17; 01 02 05 06 07 are National Day.
        // Adjusted Saturday 10 = 1 (Sun 09-20 belongs to September). Total 18.
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-09-30"), LocalDate.parse("2026-10-31")).value())
                .isEqualTo(18);
    }

    @Test
    void january_2025_has_19_working_days() {
        // Mon-Fri not off: 02 03 (2), 06-10 (5), 13-17 (5), 20-24 (5), 27 (1) = 18; 01 is New Year,
        // 28-31 are Spring Festival. Adjusted Sunday 26 = 1. Total 19.
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2024-12-31"), LocalDate.parse("2025-01-31")))
                .as("the excluded start day 2024-12-31 is not examined, so 2024 is not flagged")
                .isEqualTo(CalendarAnswer.certain(19));
    }

    @Test
    void working_days_between_a_day_and_itself_is_zero() {
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2025-03-03"), LocalDate.parse("2025-03-03")).value())
                .isZero();
    }

    @Test
    void working_days_between_rejects_an_end_before_the_start() {
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.parse("2025-03-04"), LocalDate.parse("2025-03-03")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- calendar-day rules

    @Test
    void calendar_day_rule_counts_every_day_including_holidays() {
        // 2026-09-01 + 30 days = 2026-10-01; the holidays on the way and at the end do not matter.
        CalendarAnswer<LocalDate> answer = calendar.add(LocalDate.parse("2026-09-01"), DeadlinePeriod.calendarDays(30));

        assertThat(answer).isEqualTo(CalendarAnswer.certain(LocalDate.parse("2026-10-01")));
    }

    @Test
    void calendar_day_rule_into_a_year_without_data_is_still_certain() {
        // 2026-12-15 + 30 days = 2027-01-14: pure date arithmetic, no holiday data involved.
        CalendarAnswer<LocalDate> answer = calendar.add(LocalDate.parse("2026-12-15"), DeadlinePeriod.calendarDays(30));

        assertThat(answer.value()).isEqualTo(LocalDate.parse("2027-01-14"));
        assertThat(answer.certain()).isTrue();
    }

    @Test
    void working_and_calendar_day_rules_of_the_same_length_differ() {
        // Working: from Fri 2025-09-26, 10 working days -> 2025-10-16 (see National Day 2025 test).
        // Calendar: 2025-09-26 + 10 days -> 2025-10-06.
        LocalDate start = LocalDate.parse("2025-09-26");

        assertThat(calendar.add(start, new DeadlinePeriod(10, DayCount.WORKING_DAYS)).value())
                .isEqualTo(LocalDate.parse("2025-10-16"));
        assertThat(calendar.add(start, new DeadlinePeriod(10, DayCount.CALENDAR_DAYS)).value())
                .isEqualTo(LocalDate.parse("2025-10-06"));
    }

    @Test
    void deadline_period_requires_an_explicit_unit_and_a_non_negative_amount() {
        assertThatThrownBy(() -> new DeadlinePeriod(60, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DeadlinePeriod.workingDays(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- years without data

    @Test
    void unknown_year_2027_falls_back_to_weekends_only_and_is_reported() {
        // From Fri 2027-03-05: Mon 03-08(1) Tue 03-09(2) Wed 03-10(3) Thu 03-11(4) Fri 03-12(5)
        CalendarAnswer<LocalDate> answer = calendar.addWorkingDays(LocalDate.parse("2027-03-05"), 5);

        assertThat(answer.value()).isEqualTo(LocalDate.parse("2027-03-12"));
        assertThat(answer.unknownYears()).containsExactly(2027);
        assertThat(answer.certain()).isFalse();
    }

    @Test
    void unknown_year_2027_ignores_its_unpublished_spring_festival() {
        // Spring Festival 2027 falls around 02-06, but without data only weekends are off:
        // from Fri 2027-02-05: Mon 02-08(1) .. Fri 02-12(5). The answer says it is a guess.
        CalendarAnswer<LocalDate> answer = calendar.addWorkingDays(LocalDate.parse("2027-02-05"), 5);

        assertThat(answer.value()).isEqualTo(LocalDate.parse("2027-02-12"));
        assertThat(answer.unknownYears()).containsExactly(2027);
    }

    @Test
    void march_2027_counts_weekdays_only_and_is_flagged() {
        // 2027-03-01 is a Monday: 01-05, 08-12, 15-19, 22-26 (20) + Mon-Wed 29-31 (3) = 23
        CalendarAnswer<Integer> answer = calendar.workingDaysBetween(
                LocalDate.parse("2027-02-28"), LocalDate.parse("2027-03-31"));

        assertThat(answer.value()).isEqualTo(23);
        assertThat(answer.unknownYears()).containsExactly(2027);
        assertThat(answer.certain()).isFalse();
    }

    @Test
    void unknown_year_2027_new_years_day_is_a_working_day_by_fallback() {
        // Fri 2027-01-01 will surely be a holiday, but there is no data yet: weekends-only says working.
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-02"))).as("Saturday").isFalse();
    }

    @Test
    void deadline_crossing_from_2026_into_2027_is_flagged() {
        // From Fri 2026-12-25: Mon 12-28(1) Tue 12-29(2) Wed 12-30(3) Thu 12-31(4) | 2027 by fallback:
        // Fri 01-01(5) Mon 01-04(6) Tue 01-05(7) Wed 01-06(8) Thu 01-07(9) Fri 01-08(10)
        CalendarAnswer<LocalDate> answer = calendar.add(LocalDate.parse("2026-12-25"), DeadlinePeriod.workingDays(10));

        assertThat(answer.value()).isEqualTo(LocalDate.parse("2027-01-08"));
        assertThat(answer.unknownYears()).containsExactly(2027);
        assertThat(answer.certain()).isFalse();
    }

    @Test
    void count_crossing_from_2026_into_2027_is_flagged() {
        // Dec 2026 after Tue 12-15: 16 17 18 (3), 21-25 (5), 28-31 (4) = 12
        // Jan 2027 by fallback: Fri 01 (1), 04-08 (5), 11-15 (5) = 11. Total 23.
        CalendarAnswer<Integer> answer = calendar.workingDaysBetween(
                LocalDate.parse("2026-12-15"), LocalDate.parse("2027-01-15"));

        assertThat(answer.value()).isEqualTo(23);
        assertThat(answer.unknownYears()).containsExactly(2027);
    }

    @Test
    void deadline_ending_on_31_december_2026_is_not_flagged_for_2027() {
        // From Wed 2026-12-30: Thu 12-31(1). Nothing in 2027 is examined.
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-12-30"), 1))
                .isEqualTo(CalendarAnswer.certain(LocalDate.parse("2026-12-31")));
        // After Thu 12-24: Fri 25, Mon 28, Tue 29, Wed 30, Thu 31 = 5
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-31")))
                .isEqualTo(CalendarAnswer.certain(5));
    }

    @Test
    void deadline_starting_in_a_year_before_the_data_is_flagged_too() {
        // From Fri 2024-12-27: Mon 12-30(1) Tue 12-31(2) | Wed 2025-01-01 New Year off | Thu 01-02(3)
        CalendarAnswer<LocalDate> answer = calendar.addWorkingDays(LocalDate.parse("2024-12-27"), 3);

        assertThat(answer.value()).isEqualTo(LocalDate.parse("2025-01-02"));
        assertThat(answer.unknownYears()).containsExactly(2024);
    }

    @Test
    void unknown_year_is_warned_about_once_per_calendar_naming_the_year() {
        calendar.isWorkingDay(LocalDate.parse("2027-01-04"));
        calendar.addWorkingDays(LocalDate.parse("2027-03-05"), 20);
        calendar.workingDaysBetween(LocalDate.parse("2026-12-01"), LocalDate.parse("2027-12-31"));

        assertThat(warnings()).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("year 2027", "weekends", "provisional");

        WorkingDayCalendar another = load(DATA);
        another.isWorkingDay(LocalDate.parse("2027-01-04"));
        assertThat(warnings()).as("a new calendar instance warns again").hasSize(2);
    }

    @Test
    void known_years_are_not_warned_about() {
        calendar.workingDaysBetween(LocalDate.parse("2024-12-31"), LocalDate.parse("2026-12-31"));

        assertThat(warnings()).isEmpty();
    }

    @Test
    void answers_do_not_let_callers_drop_the_unknown_years() {
        CalendarAnswer<Integer> answer = new CalendarAnswer<>(1, Set.of(2028, 2027));

        assertThat(answer.unknownYears()).containsExactly(2027, 2028);
        assertThatThrownBy(() -> answer.unknownYears().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    // ---------------------------------------------------------------- validation of the data file

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed-date.json                   | \"2025-02-30\" is not a valid date",
            "holiday-and-adjusted-working-day.json | \"2025-02-08\" is listed both in holidays and in adjusted_working_days",
            "adjusted-working-day-not-weekend.json | \"2025-01-27\" is a MONDAY",
            "holiday-in-wrong-year.json            | \"2026-01-01\" is filed under the wrong year 2025",
            "not-json.json                         | is not valid JSON",
            "duplicate-year.json                   | Duplicate field '2025'",
            "empty-year-placeholder.json           | year 2027 lists no holidays",
            "misspelt-field.json                   | unexpected field \"adjusted_workdays\""
    })
    void invalid_data_file_fails_at_load_naming_the_file_and_the_entry(String file, String expectedProblem) {
        String source = "calendars-bad/" + file;

        assertThatThrownBy(() -> load("/" + source))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining(source)
                .hasMessageContaining(expectedProblem);
    }

    @Test
    void all_problems_in_a_file_are_reported_together() {
        String json = """
                {"years": {"2025": {"holidays": ["2025-13-01", "2026-05-01"],
                                    "adjusted_working_days": ["2025-01-29"]}}}
                """;

        assertThatThrownBy(() -> WorkingDayCalendar.fromJson(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "inline.json"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("inline.json")
                .hasMessageContaining("\"2025-13-01\" is not a valid date")
                .hasMessageContaining("\"2026-05-01\" is filed under the wrong year 2025")
                .hasMessageContaining("\"2025-01-29\" is a WEDNESDAY");
    }

    // ---------------------------------------------------------------- helpers

    private List<ILoggingEvent> warnings() {
        return logged.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
    }

    private static WorkingDayCalendar load(String classpathResource) {
        try (InputStream in = WorkingDayCalendarTest.class.getResourceAsStream(classpathResource)) {
            assertThat(in).as("test resource %s", classpathResource).isNotNull();
            return WorkingDayCalendar.fromJson(in, classpathResource.substring(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

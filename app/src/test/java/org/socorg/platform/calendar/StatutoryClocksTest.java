package org.socorg.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The statutory clock's arithmetic, persisted as the engine sees it. Expected dates are worked out by hand. */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class StatutoryClocksTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired StatutoryClocks clocks;
    @Autowired PlatformTransactionManager transactions;

    static Instant at(int y, int m, int d, int hour) {
        return LocalDate.of(y, m, d).atTime(hour, 0).atZone(ZONE).toInstant();
    }

    static String newCase() {
        return "case-" + UUID.randomUUID();
    }

    @Test
    void counts_calendar_days_when_the_rule_says_so() {
        StatutoryClock clock = clocks.start(newCase(), "test-calendar-days", at(2026, 9, 20, 10));
        // 30 calendar days after Sun 2026-09-20, holidays included: 2026-10-20.
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(clock.dueAt()).isEqualTo(at(2026, 10, 21, 0));
        // 25 calendar days: 2026-10-15 at 09:00.
        assertThat(clock.reminderAt()).isEqualTo(at(2026, 10, 15, 9));
        assertThat(clock.calendarUncertain()).isFalse();
    }

    @Test
    void starting_twice_keeps_the_first_start() {
        String pid = newCase();
        StatutoryClock first = clocks.start(pid, "registration-acceptance", at(2026, 9, 7, 10));
        StatutoryClock again = clocks.start(pid, "registration-acceptance", at(2026, 9, 10, 10));
        assertThat(again).isEqualTo(first);
    }

    @Test
    void a_pause_keeps_the_days_left_and_the_answer_restarts_them() {
        String pid = newCase();
        // 5 working days after Thu 2026-09-24: Mon 28, Tue 29, Wed 30 Sep, then National Day, then Thu 8, Fri 9 Oct.
        StatutoryClock started = clocks.start(pid, "registration-acceptance", at(2026, 9, 24, 10));
        assertThat(started.dueOn()).isEqualTo(LocalDate.of(2026, 10, 9));

        // Paused on Tue 09-29: left are Wed 30, Thu 8, Fri 9 = 3 working days.
        StatutoryClock paused = clocks.pause(pid, "registration-acceptance", at(2026, 9, 29, 16));
        assertThat(paused.state()).isEqualTo(ClockState.PAUSED);
        assertThat(paused.remainingDays()).isEqualTo(3);
        assertThat(clocks.pause(pid, "registration-acceptance", at(2026, 9, 30, 9))).isEqualTo(paused);

        // Answered Fri 2026-10-09: Sat 10 (adjusted working day), Mon 12, Tue 13.
        StatutoryClock resumed = clocks.resume(pid, "registration-acceptance", at(2026, 10, 9, 11));
        assertThat(resumed.state()).isEqualTo(ClockState.RUNNING);
        assertThat(resumed.dueOn()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(resumed.remainingDays()).isNull();
        // The reminder (1 working day before) falls on the 2nd of the 3 days: Mon 10-12, 09:00.
        assertThat(resumed.reminderAt()).isEqualTo(at(2026, 10, 12, 9));
    }

    @Test
    void a_clock_paused_after_its_due_date_has_nothing_left() {
        String pid = newCase();
        clocks.start(pid, "test-no-reminder", at(2026, 11, 2, 10));
        StatutoryClock paused = clocks.pause(pid, "test-no-reminder", at(2026, 11, 20, 10));
        assertThat(paused.remainingDays()).isZero();
        StatutoryClock resumed = clocks.resume(pid, "test-no-reminder", at(2026, 11, 23, 10));
        assertThat(resumed.dueOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(resumed.reminderAt()).isNull();
    }

    @Test
    void flags_a_deadline_that_reaches_into_a_year_without_holiday_data() {
        StatutoryClock clock = clocks.start(newCase(), "enforcement-investigation", at(2026, 12, 1, 10));
        assertThat(clock.calendarUncertain()).isTrue();
        assertThat(clock.dueOn().getYear()).isEqualTo(2027);
        // calendar days need no holiday data: the establishment's 60 days into 2027 are certain
        StatutoryClock calendarDays = clocks.start(newCase(), "registration-establishment", at(2026, 12, 1, 10));
        assertThat(calendarDays.dueOn()).isEqualTo(LocalDate.of(2027, 1, 30));
        assertThat(calendarDays.calendarUncertain()).isFalse();

        StatutoryClock known = clocks.start(newCase(), "registration-acceptance", at(2026, 12, 1, 10));
        assertThat(known.calendarUncertain()).isFalse();
    }

    @Test
    void an_unknown_rule_is_a_configuration_error_naming_the_known_rules() {
        assertThatThrownBy(() -> clocks.start(newCase(), "no-such-rule", at(2026, 9, 7, 10)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-rule").hasMessageContaining("registration-establishment");
    }

    @Test
    void stopping_marks_the_clock_stopped() {
        String pid = newCase();
        clocks.start(pid, "registration-acceptance", at(2026, 9, 7, 10));
        assertThat(clocks.stop(pid, "registration-acceptance", at(2026, 9, 8, 10))).isTrue();
        assertThat(clocks.stop(newCase(), "registration-acceptance", at(2026, 9, 8, 10))).isFalse();
        assertThat(clocks.forProcessInstance(pid)).singleElement()
                .satisfies(c -> assertThat(c.state()).isEqualTo(ClockState.STOPPED));
    }

    @Test
    void within_one_transaction_the_clocks_read_as_they_were_written() {
        String pid = newCase();
        java.util.List<StatutoryClock> inside = new TransactionTemplate(transactions).execute(status -> {
            clocks.start(pid, "registration-acceptance", at(2026, 9, 7, 10));
            clocks.stop(pid, "registration-acceptance", at(2026, 9, 8, 10));
            clocks.start(pid, "test-calendar-days", at(2026, 9, 8, 11));
            clocks.pause(pid, "test-calendar-days", Instant.parse("2026-09-09T03:00:00.123456789Z"));
            assertThat(clocks.start(pid, "registration-acceptance", at(2026, 9, 9, 10)).state())
                    .as("started once, stopped since").isEqualTo(ClockState.STOPPED);
            assertThat(clocks.find(pid, "test-calendar-days")).get()
                    .satisfies(c -> assertThat(c.state()).isEqualTo(ClockState.PAUSED));
            return clocks.forProcessInstance(pid);
        });

        assertThat(inside).extracting(StatutoryClock::ruleKey)
                .containsExactly("registration-acceptance", "test-calendar-days");
        assertThat(clocks.forProcessInstance(pid)).as("a fresh read after the commit").isEqualTo(inside);
    }

    @Test
    void a_nested_transaction_reads_the_database_and_leaves_the_outer_copy_intact() {
        String pid = newCase();
        TransactionTemplate outer = new TransactionTemplate(transactions);
        TransactionTemplate nested = new TransactionTemplate(transactions);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        outer.executeWithoutResult(status -> {
            clocks.start(pid, "registration-acceptance", at(2026, 9, 7, 10));
            java.util.List<StatutoryClock> seenByAnother = nested.execute(s -> clocks.forProcessInstance(pid));
            assertThat(seenByAnother).as("not committed yet: another transaction does not see it").isEmpty();
            assertThat(clocks.forProcessInstance(pid)).singleElement()
                    .satisfies(c -> assertThat(c.state()).isEqualTo(ClockState.RUNNING));
        });
        assertThat(clocks.forProcessInstance(pid)).hasSize(1);
    }
}

package org.socorg.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.socorg.platform.calendar.StatutoryClock;

/**
 * The acceptance limit's reminder, as the process tests of every flow with an acceptance check exercise it: the
 * limit ends on the expected day, the reminder is due at 09:00 of the expected day, the BPMN's
 * {@code BoundaryEvent_AcceptanceReminder} timer is due exactly then, and — the engine's clock moved there — it fires.
 */
public final class AcceptanceReminder {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private AcceptanceReminder() {
    }

    public static void checkAndFire(ManagementService management, String processInstanceId, StatutoryClock clock,
            LocalDate dueOn, LocalDate remindOn) {
        assertThat(clock.dueOn()).isEqualTo(dueOn);
        assertThat(clock.reminderAt()).isEqualTo(remindOn.atTime(9, 0).atZone(BEIJING).toInstant());
        Job reminder = management.createJobQuery().processInstanceId(processInstanceId)
                .activityId("BoundaryEvent_AcceptanceReminder").singleResult();
        assertThat(reminder).as("the acceptance limit has a reminder timer").isNotNull();
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(clock.reminderAt());

        ClockUtil.setCurrentTime(Date.from(clock.reminderAt()));
        management.executeJob(reminder.getId());
    }
}

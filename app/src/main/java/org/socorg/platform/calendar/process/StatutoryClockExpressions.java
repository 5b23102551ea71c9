package org.socorg.platform.calendar.process;

import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.socorg.platform.calendar.StatutoryClock;
import org.socorg.platform.calendar.StatutoryClocks;
import org.springframework.stereotype.Component;

/**
 * The statutory clock as BPMN models use it, by the bean name {@code statutoryClock}:
 * <ul>
 *   <li>a timer boundary event's date: {@code ${statutoryClock.dueAt(execution, 'registration-establishment')}}
 *       (starts the clock on first use) or {@code ${statutoryClock.reminderAt(execution, 'rule')}};</li>
 *   <li>a supplement task's start/end listeners: {@code ${statutoryClock.pause(execution, 'rule')}} and
 *       {@code resume}; resuming moves the rule's pending timers to the new dates, and while paused they are
 *       suspended so that a long wait for the applicant never fires a deadline that has stopped running.</li>
 * </ul>
 * Time is the engine's clock, so process tests can move it.
 */
@Component("statutoryClock")
public class StatutoryClockExpressions {

    private final StatutoryClocks clocks;

    StatutoryClockExpressions(StatutoryClocks clocks) {
        this.clocks = clocks;
    }

    public Date dueAt(DelegateExecution execution, String ruleKey) {
        return Date.from(clocks.start(execution.getProcessInstanceId(), ruleKey, now()).dueAt());
    }

    /** The reminder date; a rule without a reminder answers with its due date, so the timer still has a date. */
    public Date reminderAt(DelegateExecution execution, String ruleKey) {
        StatutoryClock clock = clocks.start(execution.getProcessInstanceId(), ruleKey, now());
        return Date.from(clock.reminderAt() != null ? clock.reminderAt() : clock.dueAt());
    }

    public void pause(DelegateExecution execution, String ruleKey) {
        StatutoryClock before = clocks.find(execution.getProcessInstanceId(), ruleKey).orElse(null);
        if (before == null) {
            return;
        }
        clocks.pause(execution.getProcessInstanceId(), ruleKey, now());
        for (JobEntity job : timersOf(execution.getProcessInstanceId(), before)) {
            job.setSuspensionState(SuspensionState.SUSPENDED.getStateCode());
        }
    }

    public void resume(DelegateExecution execution, String ruleKey) {
        StatutoryClock paused = clocks.find(execution.getProcessInstanceId(), ruleKey).orElse(null);
        if (paused == null) {
            return;
        }
        // The paused clock still carries the old dates: they identify the timers to move.
        var timers = timersOf(execution.getProcessInstanceId(), paused);
        StatutoryClock resumed = clocks.resume(execution.getProcessInstanceId(), ruleKey, now());
        for (JobEntity job : timers) {
            Instant old = job.getDuedate().toInstant();
            Instant moved = old.equals(paused.dueAt()) ? resumed.dueAt()
                    : resumed.reminderAt() != null ? resumed.reminderAt() : resumed.dueAt();
            job.setDuedate(Date.from(moved));
            job.setSuspensionState(SuspensionState.ACTIVE.getStateCode());
        }
    }

    public void stop(DelegateExecution execution, String ruleKey) {
        clocks.stop(execution.getProcessInstanceId(), ruleKey, now());
    }

    /**
     * The clock's pending timers, changed as entities of the running command: a nested service call would update
     * them in a second command and make this one fail its optimistic lock on flush.
     */
    private java.util.List<JobEntity> timersOf(String processInstanceId, StatutoryClock clock) {
        return Context.getCommandContext().getJobManager().findJobsByProcessInstanceId(processInstanceId).stream()
                .filter(job -> job instanceof TimerEntity && job.getDuedate() != null)
                .filter(job -> sameMoment(job.getDuedate(), clock.dueAt()) || sameMoment(job.getDuedate(), clock.reminderAt()))
                .toList();
    }

    private static boolean sameMoment(Date jobDue, Instant clockInstant) {
        return clockInstant != null && Objects.equals(jobDue.toInstant(), clockInstant);
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}

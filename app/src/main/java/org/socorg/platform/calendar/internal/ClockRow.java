package org.socorg.platform.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.socorg.platform.calendar.ClockState;
import org.socorg.platform.calendar.DayCount;
import org.socorg.platform.calendar.DeadlinePeriod;
import org.socorg.platform.calendar.StatutoryClock;

/** The statutory_clock table's row. */
public class ClockRow {
    private Long id;
    private String processInstanceId;
    private String ruleKey;
    private DayCount unit;
    private int amount;
    private ClockState state;
    private Instant startedAt;
    private LocalDate dueOn;
    private Instant dueAt;
    private Instant reminderAt;
    private Instant pausedAt;
    private Integer remainingDays;
    private boolean calendarUncertain;
    private Instant updatedAt;

    public StatutoryClock toClock() {
        return new StatutoryClock(processInstanceId, ruleKey, new DeadlinePeriod(amount, unit), state, startedAt,
                dueOn, dueAt, reminderAt, pausedAt, remainingDays, calendarUncertain);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getProcessInstanceId() { return processInstanceId; }
    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
    public String getRuleKey() { return ruleKey; }
    public void setRuleKey(String ruleKey) { this.ruleKey = ruleKey; }
    public DayCount getUnit() { return unit; }
    public void setUnit(DayCount unit) { this.unit = unit; }
    public int getAmount() { return amount; }
    public void setAmount(int amount) { this.amount = amount; }
    public ClockState getState() { return state; }
    public void setState(ClockState state) { this.state = state; }
    public Instant getStartedAt() { return startedAt; }
    public void setStartedAt(Instant startedAt) { this.startedAt = startedAt; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public Instant getDueAt() { return dueAt; }
    public void setDueAt(Instant dueAt) { this.dueAt = dueAt; }
    public Instant getReminderAt() { return reminderAt; }
    public void setReminderAt(Instant reminderAt) { this.reminderAt = reminderAt; }
    public Instant getPausedAt() { return pausedAt; }
    public void setPausedAt(Instant pausedAt) { this.pausedAt = pausedAt; }
    public Integer getRemainingDays() { return remainingDays; }
    public void setRemainingDays(Integer remainingDays) { this.remainingDays = remainingDays; }
    public boolean isCalendarUncertain() { return calendarUncertain; }
    public void setCalendarUncertain(boolean calendarUncertain) { this.calendarUncertain = calendarUncertain; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}

package org.socorg.platform.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The statutory time limit of one case under one rule: when it is due, when the official is reminded, and whether
 * it is paused. {@code dueAt} is the first instant after the last day of the limit, i.e. the moment it has passed.
 *
 * @param calendarUncertain the computation touched a year without holiday data (weekends-only fallback)
 */
public record StatutoryClock(String processInstanceId, String ruleKey, DeadlinePeriod period, ClockState state,
        Instant startedAt, LocalDate dueOn, Instant dueAt, Instant reminderAt, Instant pausedAt,
        Integer remainingDays, boolean calendarUncertain) {
}

package org.socorg.platform.calendar;

/**
 * A statutory time limit as configured per rule (e.g. {@code registration-establishment}: 60 calendar days), with
 * how many units before the due date the handling official is reminded.
 */
public record DeadlineRule(String key, DeadlinePeriod period, int reminderBefore) {
}

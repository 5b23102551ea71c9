package org.socorg.platform.calendar;

/**
 * How a {@link DeadlinePeriod} counts days. Every statutory rule states its unit explicitly,
 * because the law uses both and a wrong default would silently shift deadlines by weeks.
 */
public enum DayCount {

    /**
     * Working days (工作日): only days that are working days in the calendar are counted; statutory
     * holidays and ordinary weekends are skipped, adjusted working weekend days (调休上班) count.
     */
    WORKING_DAYS,

    /**
     * Calendar days (自然日): every day counts. The end date is not moved when it falls on a holiday
     * or weekend; a rule that needs such a shift must say so separately.
     */
    CALENDAR_DAYS
}

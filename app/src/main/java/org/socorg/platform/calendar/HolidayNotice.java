package org.socorg.platform.calendar;

import java.time.Instant;
import java.util.List;

/**
 * A year's holiday notice (国务院办公厅关于部分节假日安排的通知) as an administrator entered it.
 *
 * @param year            the year it schedules
 * @param title           the notice's title or number, so the schedule names its source
 * @param holidays        the holidays (days off)
 * @param workingWeekends the Saturdays and Sundays that are working days (调休上班)
 * @param savedBy         who entered it (null before it is saved)
 * @param savedAt         when (null before it is saved)
 */
public record HolidayNotice(int year, String title, List<HolidayRange> holidays,
        List<java.time.LocalDate> workingWeekends, String savedBy, Instant savedAt) {

    public HolidayNotice {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        workingWeekends = workingWeekends == null ? List.of() : List.copyOf(workingWeekends);
    }
}

package org.socorg.platform.calendar.internal;

import java.time.LocalDate;
import java.util.Set;

/**
 * The validated content of a holiday data file.
 *
 * @param years               the years with a published schedule
 * @param holidays            statutory days off (法定节假日) in those years
 * @param adjustedWorkingDays weekend days that are working days (调休上班) in those years
 */
public record CalendarData(Set<Integer> years, Set<LocalDate> holidays, Set<LocalDate> adjustedWorkingDays) {

    public CalendarData {
        years = Set.copyOf(years);
        holidays = Set.copyOf(holidays);
        adjustedWorkingDays = Set.copyOf(adjustedWorkingDays);
    }
}

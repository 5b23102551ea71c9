package org.socorg.platform.calendar;

import java.time.LocalDate;

/**
 * One holiday of a State Council notice: its name (e.g. 春节) and the days off, first to last inclusive (weekends
 * inside the range included, as the notice lists them).
 */
public record HolidayRange(String name, LocalDate first, LocalDate last) {
}

package org.socorg.platform.calendar;

/**
 * An administrator saved a year's holiday notice; {@code replaced} when the calendar knew the year before (from its
 * data file or an earlier notice). Published inside the saving transaction, so the audit log seals it with it.
 */
public record HolidayNoticeSaved(HolidayNotice notice, boolean replaced) {
}

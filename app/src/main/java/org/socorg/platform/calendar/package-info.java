/**
 * The working-day calendar (工作日历) used to compute statutory time limits.
 *
 * <p>Registration law sets most time limits in working days (工作日), e.g. "decide within 60
 * working days of acceptance". Whether a date is a working day in mainland China depends on the
 * State Council's yearly holiday notice (国务院办公厅关于部分节假日安排的通知): statutory days off
 * (法定节假日) and weekend days that are moved to working days (调休上班). Those schedules are data,
 * kept in {@code config/calendars/china-public-holidays.json}, loaded and validated at start-up.
 *
 * <p>A year is published only late in the previous year, so a deadline may reach into a year
 * that has no data yet. The calendar never guesses silently: it falls back to weekends-only for
 * such a year, logs a warning and lists the year in every {@link
 * org.socorg.platform.calendar.CalendarAnswer} it touched, so callers can show the deadline as
 * provisional.
 *
 * <p>API: {@link org.socorg.platform.calendar.WorkingDayCalendar}, {@link
 * org.socorg.platform.calendar.CalendarAnswer}, {@link
 * org.socorg.platform.calendar.DeadlinePeriod}, {@link org.socorg.platform.calendar.DayCount}.
 * The {@code internal} package (file parsing, Spring wiring) is not part of the API.
 */
package org.socorg.platform.calendar;

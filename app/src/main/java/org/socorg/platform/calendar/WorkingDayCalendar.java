package org.socorg.platform.calendar;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socorg.platform.calendar.internal.CalendarData;
import org.socorg.platform.calendar.internal.CalendarFileParser;

/**
 * The mainland-China working-day calendar (工作日历) for statutory time limits.
 *
 * <p>A date is a working day iff it is an adjusted working day (调休上班, a Saturday or Sunday
 * that the State Council made a working day), or it is Monday to Friday and not a statutory
 * holiday (法定节假日).
 *
 * <p><b>Years without data.</b> The calendar knows only the years listed in its data file (see
 * {@link #knownYears()}). For any other year it assumes Monday to Friday are working days, logs a
 * WARN naming the year (once per year per calendar) and lists the year in
 * {@link CalendarAnswer#unknownYears()} of every answer that examined a date in it.
 *
 * <p><b>Counting convention.</b> "Within <i>n</i> working days from date <i>D</i>" is the
 * <i>n</i>-th working day after <i>D</i>: <i>D</i> itself is never counted, whether or not it is a
 * working day, and the count starts on the next day. So "60 working days from acceptance on
 * <i>D</i>" ends on {@code addWorkingDays(D, 60)}, and {@code workingDaysBetween(D, that date)}
 * is 60.
 *
 * <p>Instances change only when a year's holiday notice is added at run time ({@link HolidayNotices}), which
 * swaps the whole schedule at once; they are safe for concurrent use. The Spring bean is created by the module's configuration from the property
 * {@code platform.calendar.location} (default {@code classpath:calendars/china-public-holidays.json}).
 */
public final class WorkingDayCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

    private final String source;
    /** Replaced as a whole when an administrator adds a year, so a reader never sees half a year. */
    private volatile Days days;
    private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

    private record Days(SortedSet<Integer> knownYears, Set<LocalDate> holidays, Set<LocalDate> adjustedWorkingDays) {
    }

    private WorkingDayCalendar(String source, CalendarData data) {
        this.source = source;
        this.days = new Days(Collections.unmodifiableSortedSet(new TreeSet<>(data.years())), Set.copyOf(data.holidays()),
                Set.copyOf(data.adjustedWorkingDays()));
    }

    /**
     * Puts one year's schedule in place of whatever the calendar knew of that year (the data file's, or none):
     * how a holiday notice an administrator entered ({@link HolidayNotices}) takes effect without a restart. The
     * dates must all lie in {@code year}; {@link HolidayNotices} has validated them.
     */
    synchronized void putYear(int year, Set<LocalDate> yearHolidays, Set<LocalDate> yearAdjustedWorkingDays) {
        Days current = days;
        SortedSet<Integer> years = new TreeSet<>(current.knownYears());
        years.add(year);
        Set<LocalDate> holidays = new java.util.HashSet<>(current.holidays());
        holidays.removeIf(d -> d.getYear() == year);
        holidays.addAll(yearHolidays);
        Set<LocalDate> adjusted = new java.util.HashSet<>(current.adjustedWorkingDays());
        adjusted.removeIf(d -> d.getYear() == year);
        adjusted.addAll(yearAdjustedWorkingDays);
        days = new Days(Collections.unmodifiableSortedSet(years), Set.copyOf(holidays), Set.copyOf(adjusted));
        warnedYears.remove(year);
    }

    /**
     * Reads and validates a holiday data file.
     *
     * <p>The file has a {@code years} object keyed by four-digit year; each year has the arrays
     * {@code holidays} and {@code adjusted_working_days} of ISO dates ({@code yyyy-MM-dd}). Loading
     * fails if a date is malformed, filed under another year, listed twice, listed both as holiday
     * and adjusted working day, if an adjusted working day is not a Saturday or Sunday, or if a
     * year has no holidays (omit the year instead, so it is reported as unknown).
     *
     * @param json   the file content; not closed by this method
     * @param source the file's name or location, used in error and log messages
     * @return the calendar
     * @throws CalendarDataException naming {@code source} and each offending entry
     */
    public static WorkingDayCalendar fromJson(InputStream json, String source) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        return new WorkingDayCalendar(source, CalendarFileParser.parse(json, source));
    }

    /**
     * Whether {@code date} is a working day.
     *
     * <p>For a year without data this is the weekends-only fallback (Monday to Friday is
     * {@code true}) and a WARN is logged; a plain boolean cannot carry that doubt, so callers that
     * must know should check {@link #knownYears()} or use the methods returning
     * {@link CalendarAnswer}.
     *
     * @param date the date
     * @return {@code true} iff the date is a working day
     */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return isWorkingDay(date, new TreeSet<>());
    }

    /**
     * The {@code n}-th working day after {@code start}; {@code start} itself is not counted.
     * For {@code n == 0} the answer is {@code start}, and certain.
     *
     * <p>Only the days from {@code start + 1} up to the result are examined, so a result on
     * 31 December is not flagged for the following year.
     *
     * @param start the day the period starts from (e.g. the acceptance date)
     * @param n     the number of working days, zero or more
     * @return the last day of the period, with any year without data that was crossed
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public CalendarAnswer<LocalDate> addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        Set<Integer> unknown = new TreeSet<>();
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day, unknown)) {
                counted++;
            }
        }
        return new CalendarAnswer<>(day, unknown);
    }

    /**
     * The number of working days in the half-open range ({@code fromExclusive},
     * {@code toInclusive}]. This is the inverse of {@link #addWorkingDays}: the working days a
     * period starting on {@code fromExclusive} has used up by the end of {@code toInclusive}.
     * For a whole month, pass the last day of the previous month and the last day of the month.
     *
     * @param fromExclusive the day before the first day counted
     * @param toInclusive   the last day counted; not before {@code fromExclusive}
     * @return the count, with any year without data in the range
     * @throws IllegalArgumentException if {@code toInclusive} is before {@code fromExclusive}
     */
    public CalendarAnswer<Integer> workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromExclusive)) {
            throw new IllegalArgumentException(
                    "toInclusive " + toInclusive + " is before fromExclusive " + fromExclusive);
        }
        Set<Integer> unknown = new TreeSet<>();
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day, unknown)) {
                count++;
            }
        }
        return new CalendarAnswer<>(count, unknown);
    }

    /**
     * The last day of a statutory period starting from {@code start}.
     *
     * <p>{@link DayCount#WORKING_DAYS}: as {@link #addWorkingDays(LocalDate, int)}.
     * {@link DayCount#CALENDAR_DAYS}: {@code start} plus {@code amount} days, which needs no holiday
     * data and is therefore always certain; the result is not moved off holidays or weekends.
     *
     * @param start the day the period starts from; not counted
     * @param rule  the length and unit of the period
     * @return the last day of the period
     */
    public CalendarAnswer<LocalDate> add(LocalDate start, DeadlinePeriod rule) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(rule, "rule");
        return switch (rule.unit()) {
            case WORKING_DAYS -> addWorkingDays(start, rule.amount());
            case CALENDAR_DAYS -> CalendarAnswer.certain(start.plusDays(rule.amount()));
        };
    }

    /**
     * The years for which the data file has a published schedule.
     *
     * @return the years, ascending, read-only
     */
    public Set<Integer> knownYears() {
        return days.knownYears();
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + source + ", years " + days.knownYears() + "]";
    }

    private boolean isWorkingDay(LocalDate date, Set<Integer> unknownYears) {
        int year = date.getYear();
        Days known = days;
        if (!known.knownYears().contains(year)) {
            unknownYears.add(year);
            warnOnce(year, known.knownYears());
        }
        if (known.adjustedWorkingDays().contains(date)) {
            return true;
        }
        DayOfWeek dow = date.getDayOfWeek();
        boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
        return !weekend && !known.holidays().contains(date);
    }

    private void warnOnce(int year, Set<Integer> knownYears) {
        // Once per year: a long deadline loop would otherwise flood the log, and the per-answer
        // unknownYears already carries the doubt to each caller.
        if (warnedYears.add(year)) {
            log.warn("Working-day calendar {} has no holiday data for year {} (known years: {}); "
                            + "using the weekends-only fallback (Monday to Friday are working days). Deadlines reaching into {} "
                            + "are provisional until its State Council holiday schedule is added.",
                    source, year, knownYears, year);
        }
    }
}

package org.socorg.platform.calendar;

import java.util.Objects;

/**
 * A statutory time limit such as "60 working days" or "30 calendar days".
 *
 * @param amount the number of days, zero or more
 * @param unit   whether working days or calendar days are counted; never implied
 */
public record DeadlinePeriod(int amount, DayCount unit) {

    public DeadlinePeriod {
        Objects.requireNonNull(unit, "unit: a deadline must say whether it counts working or calendar days");
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
    }

    /** A period of {@code amount} working days (工作日). */
    public static DeadlinePeriod workingDays(int amount) {
        return new DeadlinePeriod(amount, DayCount.WORKING_DAYS);
    }

    /** A period of {@code amount} calendar days (自然日). */
    public static DeadlinePeriod calendarDays(int amount) {
        return new DeadlinePeriod(amount, DayCount.CALENDAR_DAYS);
    }
}

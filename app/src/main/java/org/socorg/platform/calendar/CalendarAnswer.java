package org.socorg.platform.calendar;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A calendar result together with the years it depended on but for which the calendar has no
 * holiday data. For such years the calendar assumed weekends-only (Monday to Friday working),
 * which the official schedule will almost certainly contradict once it is published, so a result
 * with unknown years must be treated as provisional.
 *
 * @param value        the computed value
 * @param unknownYears the years without data that the computation examined, in ascending order;
 *                     empty when the answer is certain
 * @param <T>          the type of the value
 */
public record CalendarAnswer<T>(T value, Set<Integer> unknownYears) {

    public CalendarAnswer {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unknownYears, "unknownYears");
        // Sorted and read-only so callers can show "2027" in messages and cannot clear the warning.
        unknownYears = Collections.unmodifiableSortedSet(new TreeSet<>(unknownYears));
    }

    /** An answer that depended only on years with data. */
    public static <T> CalendarAnswer<T> certain(T value) {
        return new CalendarAnswer<>(value, Set.of());
    }

    /**
     * Whether the answer rests on published holiday data only.
     *
     * @return {@code true} iff {@link #unknownYears()} is empty
     */
    public boolean certain() {
        return unknownYears.isEmpty();
    }
}

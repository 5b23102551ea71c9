package org.socorg.platform.calendar;

/**
 * The holiday data file is missing, not valid JSON or contradicts itself. Thrown at load time so
 * that a broken calendar stops the application instead of producing wrong deadlines.
 */
public class CalendarDataException extends RuntimeException {

    public CalendarDataException(String message) {
        super(message);
    }

    public CalendarDataException(String message, Throwable cause) {
        super(message, cause);
    }
}

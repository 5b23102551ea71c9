package org.socorg.platform.annualreport;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A notice of the due-date sweep to an organization's account holder.
 *
 * @param kind {@code REMINDER} before the due date, {@code OVERDUE} once it has passed unfiled (the organization
 *     was then proposed for the abnormal-activity list)
 * @param daysBefore for a reminder, how many days before the due date it was given; 0 for an overdue notice
 */
public record AnnualReportNotice(long id, String kind, String creditCode, int reportYear, LocalDate dueOn,
        int daysBefore, String messageZh, String messageEn, Instant createdAt) {

    public static final String REMINDER = "REMINDER";
    public static final String OVERDUE = "OVERDUE";
}

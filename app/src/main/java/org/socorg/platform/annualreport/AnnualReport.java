package org.socorg.platform.annualreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.socorg.platform.calendar.StatutoryClock;

/**
 * An annual report as its organization's account holder and the reviewing officials see it.
 *
 * @param id the case id (the process's business key)
 * @param dueOn the last day to file it on time
 * @param filedLate filed after {@code dueOn}
 * @param findings the plausibility rules' warnings, for the reviewer
 * @param reviewOpinion the reviewer's opinion: the reasons of a return for correction or of the outcome
 * @param deadlines the review's statutory clock (paused while the organization corrects the report)
 */
public record AnnualReport(
        String id,
        String creditCode,
        String organizationName,
        String orgType,
        String divisionCode,
        int reportYear,
        AnnualReportStatus status,
        ReviewOutcome outcome,
        AnnualReportContent content,
        List<Finding> findings,
        LocalDate dueOn,
        boolean filedLate,
        String filedBy,
        String reviewOpinion,
        int corrections,
        Instant submittedAt,
        Instant reviewedAt,
        Instant publishedAt,
        String processInstanceId,
        List<StatutoryClock> deadlines) {
}

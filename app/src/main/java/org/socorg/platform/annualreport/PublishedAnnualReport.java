package org.socorg.platform.annualreport;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A published annual report and its inspection result (年检结论) as anyone may read it. */
public record PublishedAnnualReport(
        String id,
        String creditCode,
        String organizationName,
        int reportYear,
        ReviewOutcome outcome,
        String outcomeZh,
        LocalDate publishedOn,
        BigDecimal totalIncome,
        BigDecimal totalExpenses,
        BigDecimal publicWelfareExpenses,
        BigDecimal netAssetsStart,
        BigDecimal netAssetsEnd,
        int meetingsHeld,
        String workSummary,
        String publicWelfareActivities) {
}

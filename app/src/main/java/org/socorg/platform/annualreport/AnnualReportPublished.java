package org.socorg.platform.annualreport;

/** An annual report was reviewed and published with its inspection result. */
public record AnnualReportPublished(String reportId, String creditCode, int reportYear, ReviewOutcome outcome,
        String divisionCode, boolean filedLate) {
}

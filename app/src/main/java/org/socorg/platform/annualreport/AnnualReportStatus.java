package org.socorg.platform.annualreport;

/** Where an annual report is. */
public enum AnnualReportStatus {
    /** 已报送: waiting for the authority's review */
    SUBMITTED,
    /** 退回修改: the authority returned it; the organization owes a corrected report (the review clock is paused) */
    RETURNED,
    /** 已审核: reviewed with an {@link ReviewOutcome} and published */
    ACCEPTED
}

package org.socorg.platform.annualreport;

/** A search of annual reports; every criterion is optional. */
public record AnnualReportQuery(Integer reportYear, AnnualReportStatus status, int offset, int limit) {

    public AnnualReportQuery {
        offset = Math.max(0, offset);
        limit = limit <= 0 ? 20 : Math.min(limit, 200);
    }
}

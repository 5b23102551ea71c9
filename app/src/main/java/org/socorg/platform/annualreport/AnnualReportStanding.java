package org.socorg.platform.annualreport;

/** Whether an organization's annual reports are in order: a condition of fundraising qualification and evaluation. */
public interface AnnualReportStanding {

    /**
     * True when, for every year from {@code fromYear} to {@code toYear} (inclusive), the organization has an
     * accepted report whose outcome is 合格 or 基本合格. An empty range ({@code fromYear > toYear}) is in order.
     */
    boolean reportsInOrder(String creditCode, int fromYear, int toYear);
}

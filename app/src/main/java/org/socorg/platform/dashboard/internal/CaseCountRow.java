package org.socorg.platform.dashboard.internal;

/** One group of a {@link DashboardMapper} query. */
public class CaseCountRow {
    public String processKey;
    public String state;
    public long total;
}

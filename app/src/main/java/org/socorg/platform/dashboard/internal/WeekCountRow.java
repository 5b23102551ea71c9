package org.socorg.platform.dashboard.internal;

/** One group of a {@link DashboardMapper} query. */
public class WeekCountRow {
    public int weekIndex;
    public long total;
}

package org.socorg.platform.dashboard.internal;

/** One group of a {@link DashboardMapper} query. */
public class TaskLoadRow {
    public String processKey;
    public long openTasks;
    public long overdue;
    public long dueSoon;
}

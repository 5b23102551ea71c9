package org.socorg.platform.dashboard.internal;

import org.socorg.platform.credit.CreditList;

/** One group of a {@link DashboardMapper} query. */
public class ListingCountRow {
    public CreditList listType;
    public long inForce;
    public long removed;
}

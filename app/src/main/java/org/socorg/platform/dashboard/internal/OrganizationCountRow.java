package org.socorg.platform.dashboard.internal;

import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.organization.OrganizationType;

/** One group of a {@link DashboardMapper} query. */
public class OrganizationCountRow {
    public String province;
    public OrganizationType orgType;
    public OrganizationStatus status;
    public long total;
}

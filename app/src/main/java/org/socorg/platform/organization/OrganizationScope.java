package org.socorg.platform.organization;

/** Whether an organization operates nationally (全国性) or locally (地方性); minimum funds depend on it. */
public enum OrganizationScope {
    NATIONAL,
    LOCAL
}

package org.socorg.platform.organization;

import java.math.BigDecimal;

/** What an approved establishment registration puts into the registry. */
public record NewOrganization(
        String name,
        OrganizationType orgType,
        OrganizationScope scope,
        String divisionCode,
        String supervisingUnit,
        String legalRepresentative,
        BigDecimal activityFunds,
        String address,
        String businessScope,
        String applicationId,
        String approvedBy) {
}

package org.socorg.platform.organization;

import java.math.BigDecimal;

/**
 * What an approved establishment registration puts into the registry.
 *
 * @param accountHolder the platform user who acts for the organization online (the establishment's applicant):
 *     the one who files its reports, changes and applications; never shown to the public
 */
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
        String accountHolder,
        String approvedBy) {
}

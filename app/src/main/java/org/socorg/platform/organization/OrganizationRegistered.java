package org.socorg.platform.organization;

/** Published when establishment registration has created an organization and issued its code. */
public record OrganizationRegistered(long organizationId, String creditCode, String certificateNumber, String name,
        OrganizationType orgType, String divisionCode, String applicationId) {
}

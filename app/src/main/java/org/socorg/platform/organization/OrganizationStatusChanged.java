package org.socorg.platform.organization;

/**
 * Published when a registered organization's status changes (e.g. its certificate is revoked), in the transaction
 * that changed it, so the audit log seals the registry record's new state.
 *
 * @param caseId the business key of the case that decided the change
 */
public record OrganizationStatusChanged(long organizationId, String creditCode, OrganizationStatus fromStatus,
        OrganizationStatus toStatus, String caseId) {
}

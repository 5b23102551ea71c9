package org.socorg.platform.organization;

import java.time.LocalDate;

/**
 * Published when deregistration (注销登记) has ended an organization: its status is {@code DEREGISTERED}, its
 * certificate's validity ended on {@code deregisteredOn}, its credit code is retired (still queryable, never reused).
 */
public record OrganizationDeregistered(long organizationId, String creditCode, String applicationId,
        LocalDate deregisteredOn) {
}

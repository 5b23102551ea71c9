package org.socorg.platform.organization;

import java.time.Instant;

/** One entry of an organization's status history. */
public record StatusChange(OrganizationStatus fromStatus, OrganizationStatus toStatus, String reason,
        String applicationId, String changedBy, Instant changedAt) {
}

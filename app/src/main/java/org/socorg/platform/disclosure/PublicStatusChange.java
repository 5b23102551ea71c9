package org.socorg.platform.disclosure;

import java.time.Instant;
import org.socorg.platform.organization.OrganizationStatus;

/**
 * One change of registration status (成立、变更、注销), as published: not who in the authority made it.
 *
 * @param businessKey the case that decided it, whose audit trail proves it
 */
public record PublicStatusChange(OrganizationStatus fromStatus, OrganizationStatus toStatus, String reason,
        Instant changedAt, String businessKey) {
}

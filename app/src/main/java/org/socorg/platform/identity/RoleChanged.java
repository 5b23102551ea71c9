package org.socorg.platform.identity;

import java.time.Instant;
import java.util.Set;

/**
 * A user's roles or authority changed through the platform's role administration. Published as a Spring
 * application event so the audit log can seal it; the audit module listens, identity does not know it.
 *
 * @param actor        who made the change (the administrator's user name)
 * @param subject      whose roles or authority changed
 * @param change       what happened
 * @param roles        the roles granted or revoked (empty when not a role change)
 * @param divisionCode the authority the subject belongs to after the change
 */
public record RoleChanged(String actor, String subject, Change change, Set<String> roles, String divisionCode,
        Instant at) {

    public enum Change {
        USER_CREATED, USER_DISABLED, ROLES_GRANTED, ROLES_REVOKED, AUTHORITY_CHANGED
    }

    public RoleChanged {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}

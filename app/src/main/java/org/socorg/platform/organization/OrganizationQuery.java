package org.socorg.platform.organization;

/**
 * A search of the registry: every criterion is optional. {@code text} matches a name fragment or a full code.
 */
public record OrganizationQuery(String text, OrganizationType orgType, OrganizationStatus status, String divisionCode,
        int offset, int limit) {

    public OrganizationQuery {
        offset = Math.max(0, offset);
        limit = limit <= 0 ? 20 : Math.min(limit, 200);
    }
}

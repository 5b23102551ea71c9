package org.socorg.platform.organization;

import java.util.List;

/** Published when an approved change registration has updated the registry; {@code changes} is what it changed. */
public record OrganizationChanged(long organizationId, String creditCode, String applicationId,
        List<FieldChange> changes) {
}

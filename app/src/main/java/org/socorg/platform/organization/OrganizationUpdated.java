package org.socorg.platform.organization;

import java.util.Objects;

/**
 * Published by every change to a registered organization that no more specific event ({@link OrganizationChanged},
 * {@link OrganizationDeregistered}) announces — charity recognition, fundraising qualification, revocation — inside
 * the changing transaction, so the audit log seals the new registry record with the step that changed it.
 *
 * @param change what changed, e.g. {@code charity-recognized}, {@code fundraising-qualified}, {@code revoked}
 * @param reference the business key of the case that changed it (an application id, an enforcement case id)
 */
public record OrganizationUpdated(String creditCode, String change, String reference) {

    public OrganizationUpdated {
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(change, "change");
    }
}

package org.socorg.platform.organization;

import java.util.Objects;

/**
 * Published by every change to a registered organization after its establishment (change registration,
 * deregistration, charity recognition, fundraising qualification, revocation), inside the changing transaction,
 * so the audit log seals the new registry record with the step that changed it.
 *
 * @param change what changed, e.g. {@code changed}, {@code deregistered}, {@code revoked}, {@code charity-recognized}
 * @param reference the business key of the case that changed it (an application id, an enforcement case id)
 */
public record OrganizationChanged(String creditCode, String change, String reference) {

    public OrganizationChanged {
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(change, "change");
    }
}

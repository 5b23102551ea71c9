package org.socorg.platform.organization;

import java.time.Instant;

/**
 * One registered field changed by an approved change registration, with its old and new value (as text, money as
 * a plain number) and the application that changed it.
 *
 * @param field one of {@code name, address, legalRepresentative, businessScope, supervisingUnit, activityFunds}
 */
public record FieldChange(String field, String oldValue, String newValue, String applicationId, String changedBy,
        Instant changedAt) {
}

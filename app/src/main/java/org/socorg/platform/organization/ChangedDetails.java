package org.socorg.platform.organization;

import java.math.BigDecimal;

/**
 * What an approved change registration (变更登记) sets in the registry: each field is the new value, or
 * {@code null} where the change leaves it as it is. A supervising unit cannot be removed by a change (blank means
 * unchanged), because the types that have one must keep one.
 */
public record ChangedDetails(
        String name,
        String address,
        String legalRepresentative,
        String businessScope,
        String supervisingUnit,
        BigDecimal activityFunds) {
}

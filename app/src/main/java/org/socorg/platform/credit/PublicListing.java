package org.socorg.platform.credit;

import java.time.LocalDate;

/**
 * A listing as the public sees it (joint punishment, 联合惩戒): who, on which list, why, on what legal basis, when
 * listed and when and why removed. Not who handled it.
 */
public record PublicListing(long id, String creditCode, String organizationName, CreditList list, String reasonCode,
        String reason, String legalBasis, String divisionCode, LocalDate listedOn, LocalDate removedOn,
        String removalReason) {

    public boolean inForce() {
        return removedOn == null;
    }
}

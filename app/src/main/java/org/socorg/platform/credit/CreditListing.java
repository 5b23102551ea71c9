package org.socorg.platform.credit;

import java.time.LocalDate;

/** One listing of an organization on a credit list; {@code removedOn} is null while it is in force. */
public record CreditListing(long id, String creditCode, CreditList list, String reasonCode, String reason,
        String legalBasis, String divisionCode, LocalDate listedOn, String listedBy, String source,
        String sourceReference, LocalDate removedOn, String removalReason, String removedBy) {

    public boolean inForce() {
        return removedOn == null;
    }
}

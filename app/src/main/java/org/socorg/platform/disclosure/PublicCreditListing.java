package org.socorg.platform.disclosure;

import java.time.LocalDate;
import org.socorg.platform.credit.CreditList;

/**
 * A listing on a public credit list: date and reason listed, date and reason removed (null while in force). Not who
 * in the authority listed or removed it.
 *
 * @param businessKey the case that gave the reason to list, whose audit trail proves it; null when none did
 */
public record PublicCreditListing(String creditCode, String name, CreditList list, String reason, String legalBasis,
        String divisionCode, LocalDate listedOn, LocalDate removedOn, String removalReason, String businessKey) {

    public boolean inForce() {
        return removedOn == null;
    }
}

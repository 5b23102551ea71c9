package org.socorg.platform.credit;

import java.util.Objects;

/**
 * Another flow found a reason to list an organization (e.g. an annual report not filed by its due date, an
 * enforcement case's penalty); the credit module starts its sanction flow for it.
 *
 * @param source the proposing flow, e.g. {@code annual-report}, {@code enforcement}
 * @param sourceReference that flow's business key, for the case trail
 */
public record ListingProposed(String creditCode, CreditList list, String reasonCode, String reason,
        String legalBasis, String divisionCode, String source, String sourceReference) {

    public ListingProposed {
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(source, "source");
    }
}

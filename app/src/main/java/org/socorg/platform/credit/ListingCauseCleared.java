package org.socorg.platform.credit;

import java.util.Objects;

/**
 * Another flow found that the cause of a listing is gone (e.g. the overdue annual report was filed and accepted,
 * the rectification order was completed): the credit module removes the organization's listings in force with that
 * reason code from the list, within the statutory 5 working days of confirming it (DOMAIN.md).
 *
 * @param source the flow that confirmed it, e.g. {@code annual-report}
 * @param sourceReference that flow's business key, for the case trail
 */
public record ListingCauseCleared(String creditCode, CreditList list, String reasonCode, String explanation,
        String source, String sourceReference) {

    public ListingCauseCleared {
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(source, "source");
    }
}

package org.socorg.platform.credit.internal;

import org.socorg.platform.credit.CreditList;

/** What the DMN {@code credit-listing-reasons} says about one reason code. */
public record ListingRule(String reasonCode, CreditList list, String reasonZh, String reasonEn, String legalBasisZh,
        String legalBasisEn, boolean removalByApplication, boolean removalAfterPeriod, int periodYears,
        boolean escalatesAfterPeriod) {
}

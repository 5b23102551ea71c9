package org.socorg.platform.credit;

import java.util.List;

/** What the credit lists say about an organization now: the question joint punishment (联合惩戒) asks. */
public interface CreditStanding {

    /** Listings in force, oldest first. */
    List<CreditListing> listingsInForce(String creditCode);

    /** Every listing, removed ones included, oldest first: what the public query shows. */
    List<CreditListing> history(String creditCode);

    default boolean isListed(String creditCode, CreditList list) {
        return listingsInForce(creditCode).stream().anyMatch(listing -> listing.list() == list);
    }

    default boolean isSeriouslyDishonest(String creditCode) {
        return isListed(creditCode, CreditList.SERIOUS_DISHONESTY);
    }
}

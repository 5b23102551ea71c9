package org.socorg.platform.credit;

import java.util.List;

/** What the credit lists say about an organization now: the question joint punishment (联合惩戒) asks. */
public interface CreditStanding {

    /** Listings in force, oldest first. */
    List<CreditListing> listingsInForce(String creditCode);

    /** Every listing, removed ones included, oldest first: what the public query shows. */
    List<CreditListing> history(String creditCode);

    /**
     * The listings in force on one list, newest first: the public lists of abnormal and seriously dishonest
     * organizations, and what partner departments fetch for joint punishment (联合惩戒).
     *
     * @param divisionPrefix only listings of authorities whose division code starts with it ({@code "44"}: the
     *        province of Guangdong and its cities), or null for all
     */
    List<CreditListing> inForce(CreditList list, String divisionPrefix, int limit, int offset);

    default boolean isListed(String creditCode, CreditList list) {
        return listingsInForce(creditCode).stream().anyMatch(listing -> listing.list() == list);
    }

    default boolean isSeriouslyDishonest(String creditCode) {
        return isListed(creditCode, CreditList.SERIOUS_DISHONESTY);
    }
}

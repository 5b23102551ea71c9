package org.socorg.platform.credit;

import java.util.List;

/** An organization's credit record: whether it is listed now, and every listing, removed ones included. */
public record CreditHistory(String creditCode, String organizationName, boolean abnormalActivity,
        boolean seriousDishonesty, List<PublicListing> listings) {
}

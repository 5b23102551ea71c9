package org.socorg.platform.credit;

import java.util.List;

/** One page of a public credit list. {@code region} is the division-code prefix the page was filtered by. */
public record PublicListPage(CreditList list, String region, int page, int size, long total,
        List<PublicListing> items) {
}

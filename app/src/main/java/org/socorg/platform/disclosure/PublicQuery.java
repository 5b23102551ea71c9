package org.socorg.platform.disclosure;

import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.organization.OrganizationType;

/**
 * A search of the public query (一网通查); every criterion is optional (null).
 *
 * @param text a fragment of the name (Chinese, partial; compared as the registry compares names) or a full code
 * @param region the start of the registration authority's division code: {@code 44} Guangdong and its cities,
 *     {@code 440100} Guangzhou
 * @param page 0-based page number
 */
public record PublicQuery(String text, OrganizationType type, OrganizationStatus status, CreditFilter credit,
        String region, Boolean charity, Boolean fundraising, int page, int size) {

    public static final int MAX_SIZE = 100;

    public PublicQuery {
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    public static PublicQuery byText(String text) {
        return new PublicQuery(text, null, null, null, null, null, null, 0, 20);
    }
}

package org.socorg.platform.organization;

import java.util.Collection;

/**
 * A search of the registry with the public query's criteria (一网通查); every criterion is optional (null).
 *
 * @param text a name fragment (compared NFKC-normalised, without whitespace, ignoring Latin case) or a full code
 * @param divisionPrefix the start of the registration authority's division code ({@code "44"}: Guangdong and its
 *     cities; {@code "440100"}: Guangzhou)
 * @param onlyCodes only organizations with one of these codes (an empty collection matches nothing)
 * @param exceptCodes no organization with one of these codes
 */
public record RegistrySearch(String text, OrganizationType orgType, OrganizationStatus status, String divisionPrefix,
        Boolean charity, Boolean publicFundraising, Collection<String> onlyCodes, Collection<String> exceptCodes,
        int offset, int limit) {

    public RegistrySearch {
        text = text == null || text.isBlank() ? null : text.trim();
        divisionPrefix = divisionPrefix == null || divisionPrefix.isBlank() ? null : divisionPrefix.trim();
        exceptCodes = exceptCodes == null || exceptCodes.isEmpty() ? null : exceptCodes;
        offset = Math.max(0, offset);
        limit = limit <= 0 ? 20 : Math.min(limit, 200);
    }
}

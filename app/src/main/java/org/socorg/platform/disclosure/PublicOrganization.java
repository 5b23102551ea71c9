package org.socorg.platform.disclosure;

import java.util.List;

/** An organization's public page (一网通查): basic information, status history, credit listings, every section. */
public record PublicOrganization(PublicBasicInfo basicInfo, List<PublicStatusChange> statusHistory,
        List<PublicCreditListing> creditListings, List<PublicSection> sections) {

    public PublicSection section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElse(new PublicSection(key, List.of(), true));
    }
}

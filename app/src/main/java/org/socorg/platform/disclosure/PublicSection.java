package org.socorg.platform.disclosure;

import java.util.List;

/**
 * One tab of an organization's public page: the records every {@link PublicRecordSource} of that section gave.
 *
 * @param key one of {@link PublicSections}
 * @param complete false when a source failed to answer, so an empty tab is not mistaken for "nothing recorded"
 */
public record PublicSection(String key, List<PublicRecord> records, boolean complete) {
}

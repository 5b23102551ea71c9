package org.socorg.platform.disclosure;

import java.util.List;

/** One page of the public query's results; {@code total} counts every match. */
public record PublicSearchResult(List<PublicOrganizationSummary> items, long total, int page, int size) {
}

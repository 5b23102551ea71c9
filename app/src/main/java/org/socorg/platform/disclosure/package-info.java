/**
 * The public query (一网通查): what anyone may read about an organization without signing in. Each feature that
 * produces public information (annual reports, evaluation grades, penalties, credit listings, fundraising
 * qualification and plan filings, registration notices) implements {@link org.socorg.platform.disclosure.PublicRecordSource};
 * this module gathers them into one organization page and one search, so it depends on no feature but the registry.
 */
package org.socorg.platform.disclosure;

/**
 * The public query (一网通查): what anyone may read about an organization without signing in. Each feature that
 * produces public information (annual reports, evaluation grades, commendations, penalties, credit listings,
 * fundraising qualification and plan filings, registration notices) implements {@link org.socorg.platform.disclosure.PublicRecordSource};
 * {@link org.socorg.platform.disclosure.PublicQueryService} gathers them, with the registry's basic information and
 * the credit lists, into one organization page and one search, and issues the registration certificate (登记证书)
 * with the QR code of its verification page. Depends on the registry and the credit lists only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organization", "credit", "shared"})
package org.socorg.platform.disclosure;

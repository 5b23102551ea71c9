package org.socorg.platform.complaint;

import java.time.LocalDate;

/**
 * A known illegal social organization (非法社会组织): a group acting as a social organization without registration,
 * published by the enforcement officers of the authority that found it.
 */
public record IllegalOrganization(long id, String name, String divisionCode, String description, String legalBasis,
        LocalDate publishedOn, LocalDate withdrawnOn) {
}

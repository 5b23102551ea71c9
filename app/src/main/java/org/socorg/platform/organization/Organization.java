package org.socorg.platform.organization;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A registered social organization, with the basic information the public query (一网通查) shows.
 *
 * @param divisionCode the administrative division code of the registration authority (its jurisdiction)
 */
public record Organization(
        long id,
        String creditCode,
        String certificateNumber,
        String name,
        OrganizationType orgType,
        OrganizationScope scope,
        OrganizationStatus status,
        String divisionCode,
        String registrationAuthority,
        String supervisingUnit,
        String legalRepresentative,
        BigDecimal activityFunds,
        String address,
        String businessScope,
        LocalDate foundedOn,
        LocalDate certificateValidFrom,
        LocalDate certificateValidTo,
        boolean charity,
        boolean publicFundraising,
        String applicationId,
        Instant createdAt,
        Instant updatedAt) {
}

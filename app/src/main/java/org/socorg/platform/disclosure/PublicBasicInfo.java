package org.socorg.platform.disclosure;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.socorg.platform.organization.OrganizationScope;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.organization.OrganizationType;

/**
 * An organization's basic information as the public may see it (DOMAIN.md, "What the public can query"): never the
 * account holder or who in the authority did what.
 *
 * @param activityFunds registered activity funds (社会团体、社会服务机构) or original fund (基金会), CNY
 * @param businessKey the establishment case that registered it, whose audit trail proves this record
 */
public record PublicBasicInfo(String name, String creditCode, String certificateNumber, OrganizationType type,
        OrganizationScope scope, OrganizationStatus status, LocalDate foundedOn, String registrationAuthority,
        String divisionCode, String supervisingUnit, String legalRepresentative, BigDecimal activityFunds,
        String address, String businessScope, LocalDate certificateValidFrom, LocalDate certificateValidTo,
        boolean charity, boolean publicFundraising, String businessKey) {
}

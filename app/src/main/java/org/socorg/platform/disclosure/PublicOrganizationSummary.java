package org.socorg.platform.disclosure;

import java.time.LocalDate;
import java.util.List;
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.organization.OrganizationType;

/** One organization in the public query's results: what a result row shows, and nothing that is not public. */
public record PublicOrganizationSummary(String creditCode, String name, OrganizationType type,
        OrganizationStatus status, String registrationAuthority, String divisionCode, LocalDate foundedOn,
        boolean charity, boolean publicFundraising, List<CreditList> creditListsInForce) {
}

package org.socorg.platform;

import java.util.Map;
import org.socorg.platform.organization.CreditCodes;
import org.socorg.platform.organization.OrganizationType;
import org.springframework.http.HttpMethod;

/**
 * The authorization matrix's rules for change (变更) and deregistration (注销) registration. The bodies are complete
 * but name a valid credit code no organization has, so nothing is filed: applicants get 404, everyone else is
 * refused by role (403), no token 401.
 */
final class RegistrationChangeMatrixRules {

    private RegistrationChangeMatrixRules() {
    }

    static void addTo(Map<String, KeycloakApiIT.Rule> rules) {
        String nobodysCode = CreditCodes.compose('5', OrganizationType.FOUNDATION, "440100",
                CreditCodes.organizationBody("XX", 999_997)).toString();
        java.util.function.Function<KeycloakApiIT.Who, Integer> applicantsOnly = who ->
                who == KeycloakApiIT.Who.ANONYMOUS ? 401 : who.applicant() ? 404 : 403;
        rules.put("POST /api/registrations/changes", new KeycloakApiIT.Rule(HttpMethod.POST,
                "/api/registrations/changes", Map.of("creditCode", nobodysCode, "name", "广州市矩阵测试基金会",
                        "reason", "matrix", "resolutionAdopted", true), applicantsOnly));
        rules.put("POST /api/registrations/deregistrations", new KeycloakApiIT.Rule(HttpMethod.POST,
                "/api/registrations/deregistrations", Map.of("creditCode", nobodysCode, "reason", "matrix",
                        "liquidationCompleted", true, "liquidationCompletedOn", "2026-08-31",
                        "liquidationReportConfirmed", true, "remainingAssetsDisposal", "matrix"), applicantsOnly));
    }
}

package org.socorg.platform;

import java.util.Map;
import org.springframework.http.HttpMethod;

/**
 * The dashboard in the authorization matrix of {@link KeycloakApiIT}: officials of every level, enforcement officers
 * and auditors read their jurisdiction's figures; applicants, experts, analysts and administrators are refused.
 */
final class DashboardMatrixRules {

    private DashboardMatrixRules() {
    }

    static void addTo(Map<String, KeycloakApiIT.Rule> rules) {
        rules.put("GET /api/dashboard", new KeycloakApiIT.Rule(HttpMethod.GET, "/api/dashboard", null,
                who -> who == KeycloakApiIT.Who.ANONYMOUS ? 401
                        : who.official() || who == KeycloakApiIT.Who.ENFORCEMENT_OFFICER
                                || who == KeycloakApiIT.Who.AUDITOR ? 200 : 403));
    }
}

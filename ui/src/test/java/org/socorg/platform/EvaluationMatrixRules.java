package org.socorg.platform;

import java.util.Map;
import org.socorg.platform.organization.CreditCodes;
import org.socorg.platform.organization.OrganizationType;
import org.springframework.http.HttpMethod;

/**
 * The evaluation endpoints' rules in the authorization matrix ({@link KeycloakApiIT#matrix()}). Ids that do not
 * exist, so nothing is filed: an allowed caller gets 404, anyone else 401/403; the notices and objections are
 * public.
 */
final class EvaluationMatrixRules {

    private EvaluationMatrixRules() {
    }

    static void addTo(Map<String, KeycloakApiIT.Rule> rules) {
        // well formed, never issued (the XY prefix is no installation's)
        String unknownCode = CreditCodes.compose(CreditCodes.CIVIL_AFFAIRS, OrganizationType.FOUNDATION, "440100",
                CreditCodes.organizationBody("XY", 999_999)).toString();
        Map<String, Object> application = Map.of("creditCode", unknownCode, "selfAssessment", Map.of(
                "basicConditions", 90, "internalGovernance", 300, "workPerformance", 340, "socialEvaluation", 120,
                "summary", "matrix"));
        rules.put("POST /api/evaluations", new KeycloakApiIT.Rule(HttpMethod.POST, "/api/evaluations", application,
                who -> who == KeycloakApiIT.Who.ANONYMOUS ? 401 : who.applicant() ? 404 : 403));
        rules.put("GET /api/evaluations", new KeycloakApiIT.Rule(HttpMethod.GET, "/api/evaluations", null,
                who -> who == KeycloakApiIT.Who.ANONYMOUS ? 401 : who.applicant() || who.official() ? 200 : 403));
        rules.put("GET /api/evaluations/{id}", new KeycloakApiIT.Rule(HttpMethod.GET,
                "/api/evaluations/no-such-evaluation", null, who -> who == KeycloakApiIT.Who.ANONYMOUS ? 401 : 404));
        rules.put("GET /api/evaluations/notices", new KeycloakApiIT.Rule(HttpMethod.GET, "/api/evaluations/notices",
                null, who -> null));
        rules.put("POST /api/evaluations/{id}/objections", new KeycloakApiIT.Rule(HttpMethod.POST,
                "/api/evaluations/no-such-evaluation/objections", Map.of("content", "matrix"), who -> 404));
    }
}

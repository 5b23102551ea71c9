package org.socorg.platform;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.socorg.platform.organization.CreditCodes;
import org.socorg.platform.organization.OrganizationType;
import org.springframework.http.HttpMethod;

/**
 * The credit sanction endpoints in the authorization matrix, with ids that do not exist: callers the feature lets
 * through get 404, others 401 (no token) or 403 (wrong role). The public lists and credit records answer everyone
 * alike.
 */
final class CreditMatrixRules {

    /** A well-formed code no organization has. */
    static final String UNKNOWN_CODE = CreditCodes.compose('5', OrganizationType.FOUNDATION, "440100",
            CreditCodes.organizationBody("XX", 999_997)).toString();

    /** Enforcement officers and registration officials (officers and reviewers) may propose a listing. */
    static final Set<KeycloakApiIT.Who> PROPOSERS = Set.of(KeycloakApiIT.Who.OFFICER_OWN_CITY,
            KeycloakApiIT.Who.OFFICER_OTHER_CITY, KeycloakApiIT.Who.REVIEWER_OWN_PROVINCE,
            KeycloakApiIT.Who.OFFICER_OTHER_PROVINCE, KeycloakApiIT.Who.REVIEWER_OTHER_PROVINCE,
            KeycloakApiIT.Who.OFFICER_NATIONAL, KeycloakApiIT.Who.ENFORCEMENT_OFFICER);

    private CreditMatrixRules() {
    }

    static void addTo(Map<String, KeycloakApiIT.Rule> rules) {
        Function<KeycloakApiIT.Who, Integer> publicRead = who -> null;
        Function<KeycloakApiIT.Who, Integer> signedInGets404 = who -> who == KeycloakApiIT.Who.ANONYMOUS ? 401 : 404;
        rules.put("POST /api/credit/cases", new KeycloakApiIT.Rule(HttpMethod.POST, "/api/credit/cases",
                Map.of("creditCode", UNKNOWN_CODE, "reasonCode", "UNREACHABLE_AT_ADDRESS"),
                who -> who == KeycloakApiIT.Who.ANONYMOUS ? 401 : PROPOSERS.contains(who) ? 404 : 403));
        rules.put("GET /api/credit/cases/{id}", new KeycloakApiIT.Rule(HttpMethod.GET,
                "/api/credit/cases/no-such-case", null, signedInGets404));
        rules.put("GET /api/credit/cases/{id}/requests", new KeycloakApiIT.Rule(HttpMethod.GET,
                "/api/credit/cases/no-such-case/requests", null, signedInGets404));
        rules.put("POST /api/credit/listings/{id}/objections", new KeycloakApiIT.Rule(HttpMethod.POST,
                "/api/credit/listings/987654321/objections", Map.of("statement", "matrix"), signedInGets404));
        rules.put("POST /api/credit/listings/{id}/removal-applications", new KeycloakApiIT.Rule(HttpMethod.POST,
                "/api/credit/listings/987654321/removal-applications", Map.of("statement", "matrix"),
                signedInGets404));
        rules.put("GET /api/credit/organizations/{creditCode}/notices", new KeycloakApiIT.Rule(HttpMethod.GET,
                "/api/credit/organizations/" + UNKNOWN_CODE + "/notices", null, signedInGets404));
        rules.put("GET /api/credit/organizations/{creditCode}", new KeycloakApiIT.Rule(HttpMethod.GET,
                "/api/credit/organizations/" + UNKNOWN_CODE, null, publicRead));
        rules.put("GET /api/credit/lists/{list}", new KeycloakApiIT.Rule(HttpMethod.GET,
                "/api/credit/lists/SERIOUS_DISHONESTY?region=440000", null, publicRead));
        rules.put("GET /api/credit/lists/{list}/export", new KeycloakApiIT.Rule(HttpMethod.GET,
                "/api/credit/lists/SERIOUS_DISHONESTY/export?format=json&region=440000", null, publicRead));
    }
}

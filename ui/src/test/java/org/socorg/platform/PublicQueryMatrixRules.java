package org.socorg.platform;

import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpMethod;

/**
 * The public query's endpoints (一网通查) in the authorization matrix: all public and read-only, so every caller,
 * signed in or not, gets the same answer and never 401/403. The organization ids are valid codes nobody holds.
 */
final class PublicQueryMatrixRules {

    /** A well-formed credit code (check characters right) that the fixture never registers. */
    static final String UNKNOWN_CODE = org.socorg.platform.organization.CreditCodes.compose(
            org.socorg.platform.organization.CreditCodes.CIVIL_AFFAIRS,
            org.socorg.platform.organization.OrganizationType.FOUNDATION, "650100",
            org.socorg.platform.organization.CreditCodes.organizationBody("YY", 999_999)).toString();

    private PublicQueryMatrixRules() {
    }

    static void addTo(Map<String, KeycloakApiIT.Rule> rules) {
        Function<KeycloakApiIT.Who, Integer> publicRead = who -> null;
        rules.put("GET /api/public/organizations", new KeycloakApiIT.Rule(HttpMethod.GET,
                "/api/public/organizations?q=木棉", null, publicRead));
        rules.put("GET /api/public/organizations/{creditCode}", new KeycloakApiIT.Rule(HttpMethod.GET,
                "/api/public/organizations/" + UNKNOWN_CODE, null, publicRead));
        rules.put("GET /api/public/organizations/{creditCode}/certificate-check", new KeycloakApiIT.Rule(
                HttpMethod.GET, "/api/public/organizations/" + UNKNOWN_CODE + "/certificate-check", null, publicRead));
        rules.put("GET /api/public/organizations/{creditCode}/certificate.pdf", new KeycloakApiIT.Rule(
                HttpMethod.GET, "/api/public/organizations/" + UNKNOWN_CODE + "/certificate.pdf", null, publicRead));
        rules.put("GET /api/public/organizations/{creditCode}/qualifications/{certificateNumber}/certificate-check",
                new KeycloakApiIT.Rule(HttpMethod.GET, "/api/public/organizations/" + UNKNOWN_CODE
                        + "/qualifications/110000-PF-2026-000001/certificate-check", null, publicRead));
        rules.put("GET /api/public/organizations/{creditCode}/qualifications/{certificateNumber}/certificate.pdf",
                new KeycloakApiIT.Rule(HttpMethod.GET, "/api/public/organizations/" + UNKNOWN_CODE
                        + "/qualifications/110000-PF-2026-000001/certificate.pdf", null, publicRead));
        rules.put("GET /api/public/credit-lists/{list}", new KeycloakApiIT.Rule(HttpMethod.GET,
                "/api/public/credit-lists/SERIOUS_DISHONESTY", null, publicRead));
    }
}

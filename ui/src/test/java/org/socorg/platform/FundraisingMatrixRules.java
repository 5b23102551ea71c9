package org.socorg.platform;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.socorg.platform.organization.CreditCodes;
import org.socorg.platform.organization.OrganizationType;
import org.springframework.http.HttpMethod;

/**
 * The fundraising endpoints' rules of the authorization matrix. Ids and codes that exist nowhere (a valid credit code
 * no organization has): the callers a role lets through get 404 from the feature, the others 403, anonymous 401.
 */
final class FundraisingMatrixRules {

    private FundraisingMatrixRules() {
    }

    static void addTo(Map<String, KeycloakApiIT.Rule> rules) {
        String unknownCode = CreditCodes.compose(CreditCodes.CIVIL_AFFAIRS, OrganizationType.FOUNDATION, "440100",
                CreditCodes.organizationBody("XX", 999_999)).toString();
        Set<KeycloakApiIT.Who> officialsAndDirectors = Set.of(KeycloakApiIT.Who.OFFICER_OWN_CITY,
                KeycloakApiIT.Who.OFFICER_OTHER_CITY, KeycloakApiIT.Who.REVIEWER_OWN_PROVINCE,
                KeycloakApiIT.Who.OFFICER_OTHER_PROVINCE, KeycloakApiIT.Who.REVIEWER_OTHER_PROVINCE,
                KeycloakApiIT.Who.DIRECTOR_OTHER, KeycloakApiIT.Who.OFFICER_NATIONAL);
        Set<KeycloakApiIT.Who> directors = Set.of(KeycloakApiIT.Who.REVIEWER_OWN_PROVINCE,
                KeycloakApiIT.Who.DIRECTOR_OTHER, KeycloakApiIT.Who.OFFICER_NATIONAL);
        Function<KeycloakApiIT.Who, Integer> applicantsOnly = who -> who == KeycloakApiIT.Who.ANONYMOUS ? 401
                : who.applicant() ? 404 : 403;
        Function<KeycloakApiIT.Who, Integer> anySignedIn = who -> who == KeycloakApiIT.Who.ANONYMOUS ? 401 : 404;

        rules.put("POST /api/fundraising/charities/{creditCode}", new KeycloakApiIT.Rule(HttpMethod.POST,
                "/api/fundraising/charities/" + unknownCode, null, who -> who == KeycloakApiIT.Who.ANONYMOUS ? 401
                        : officialsAndDirectors.contains(who) ? 404 : 403));
        rules.put("POST /api/fundraising/qualifications/applications", new KeycloakApiIT.Rule(HttpMethod.POST,
                "/api/fundraising/qualifications/applications",
                Map.of("creditCode", unknownCode, "statement", "拟面向社会公众募集助学资金"), applicantsOnly));
        rules.put("GET /api/fundraising/qualifications/applications/{id}", new KeycloakApiIT.Rule(HttpMethod.GET,
                "/api/fundraising/qualifications/applications/no-such-application", null, anySignedIn));
        rules.put("POST /api/fundraising/qualifications/{certificateNumber}/revocation", new KeycloakApiIT.Rule(
                HttpMethod.POST, "/api/fundraising/qualifications/440100-PF-2026-999999/revocation",
                Map.of("reason", "骗取公开募捐资格"), who -> who == KeycloakApiIT.Who.ANONYMOUS ? 401
                        : directors.contains(who) ? 404 : 403));
        rules.put("POST /api/fundraising/plans", new KeycloakApiIT.Rule(HttpMethod.POST, "/api/fundraising/plans",
                Map.of("creditCode", unknownCode, "title", "助学募捐", "purpose", "资助学生", "targetAmount", 1000,
                        "startDate", "2099-03-01", "endDate", "2099-05-31", "region", "广州市",
                        "bankAccount", "中国工商银行广州分行 0000"), applicantsOnly));
        rules.put("GET /api/fundraising/plans/{id}", new KeycloakApiIT.Rule(HttpMethod.GET,
                "/api/fundraising/plans/no-such-plan", null, anySignedIn));
        rules.put("POST /api/fundraising/plans/{id}/progress-reports", new KeycloakApiIT.Rule(HttpMethod.POST,
                "/api/fundraising/plans/no-such-plan/progress-reports", Map.of("amountRaised", 1), anySignedIn));
    }
}

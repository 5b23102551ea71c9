package org.socorg.platform;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.socorg.platform.organization.CreditCodes;
import org.socorg.platform.organization.OrganizationType;
import org.springframework.http.HttpMethod;

/**
 * The commendations' rules of the authorization matrix (表彰): recording and withdrawing are for the directors of
 * the organization's authority. A valid credit code no organization has and an id that exists nowhere: the directors
 * get 404 from the feature, everyone else signed in 403, anonymous 401. Reading is the public organization page's
 * ({@link PublicQueryMatrixRules}).
 */
final class CommendationMatrixRules {

    /** Realm users with the director role: Guangdong's reviewer, Beijing's director, the Ministry's officer. */
    static final Set<KeycloakApiIT.Who> DIRECTORS = Set.of(KeycloakApiIT.Who.REVIEWER_OWN_PROVINCE,
            KeycloakApiIT.Who.DIRECTOR_OTHER, KeycloakApiIT.Who.OFFICER_NATIONAL);

    private CommendationMatrixRules() {
    }

    static void addTo(Map<String, KeycloakApiIT.Rule> rules) {
        String unknownCode = CreditCodes.compose(CreditCodes.CIVIL_AFFAIRS, OrganizationType.FOUNDATION, "440100",
                CreditCodes.organizationBody("XW", 999_999)).toString();
        Function<KeycloakApiIT.Who, Integer> directors = who -> who == KeycloakApiIT.Who.ANONYMOUS ? 401
                : DIRECTORS.contains(who) ? 404 : 403;
        rules.put("POST /api/commendations", new KeycloakApiIT.Rule(HttpMethod.POST, "/api/commendations",
                Map.of("creditCode", unknownCode, "title", "全国先进社会组织", "awardingBody", "民政部",
                        "awardedOn", "2025-06-18", "documentNumber", "民发〔2025〕18号"), directors));
        rules.put("POST /api/commendations/{id}/withdraw", new KeycloakApiIT.Rule(HttpMethod.POST,
                "/api/commendations/999999999/withdraw", Map.of("reason", "录入错误"), directors));
    }
}

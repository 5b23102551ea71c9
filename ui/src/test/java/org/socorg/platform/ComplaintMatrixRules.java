package org.socorg.platform;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.socorg.platform.KeycloakApiIT.Rule;
import org.socorg.platform.KeycloakApiIT.Who;
import org.springframework.http.HttpMethod;

/**
 * The authorization matrix's rules for complaints and enforcement (投诉举报 / 执法监察): filing and tracking are public
 * (a refused body and an unknown code give everyone the same answer), complaints are for enforcement officers, cases
 * for enforcement officers and directors, the illegal-organization list is public to read and kept by enforcement
 * officers. Ids that do not exist: the allowed callers get 404.
 */
final class ComplaintMatrixRules {

    /** Realm users with a role that reads enforcement cases: the enforcement officer and the directors. */
    static final Set<Who> CASE_VIEWERS = Set.of(Who.ENFORCEMENT_OFFICER, Who.DIRECTOR_OTHER, Who.OFFICER_NATIONAL,
            Who.REVIEWER_OWN_PROVINCE);

    private ComplaintMatrixRules() {
    }

    static void addTo(Map<String, Rule> rules) {
        Function<Who, Integer> publicRead = who -> null;
        rules.put("POST /api/complaints", new Rule(HttpMethod.POST, "/api/complaints",
                Map.of("description", "too short"), publicRead));
        rules.put("GET /api/complaints/track/{trackingCode}", new Rule(HttpMethod.GET,
                "/api/complaints/track/00000000000000000000", null, publicRead));
        rules.put("GET /api/complaints", new Rule(HttpMethod.GET, "/api/complaints", null, officer(200)));
        rules.put("GET /api/complaints/{id}", new Rule(HttpMethod.GET, "/api/complaints/no-such-complaint", null,
                officer(404)));
        rules.put("GET /api/enforcement-cases", new Rule(HttpMethod.GET, "/api/enforcement-cases", null,
                caseViewer(200)));
        rules.put("GET /api/enforcement-cases/{id}", new Rule(HttpMethod.GET, "/api/enforcement-cases/no-such-case",
                null, caseViewer(404)));
        rules.put("GET /api/illegal-organizations", new Rule(HttpMethod.GET, "/api/illegal-organizations", null,
                publicRead));
        rules.put("POST /api/illegal-organizations", new Rule(HttpMethod.POST, "/api/illegal-organizations",
                Map.of("name", "KeycloakApiIT 非法社会组织示例", "description", "授权矩阵测试条目 / authorization matrix entry"),
                officer(201)));
        rules.put("POST /api/illegal-organizations/{id}/withdraw", new Rule(HttpMethod.POST,
                "/api/illegal-organizations/999999999/withdraw", null, officer(404)));
    }

    static Function<Who, Integer> officer(int officerGets) {
        return who -> who == Who.ANONYMOUS ? 401 : who == Who.ENFORCEMENT_OFFICER ? officerGets : 403;
    }

    static Function<Who, Integer> caseViewer(int viewerGets) {
        return who -> who == Who.ANONYMOUS ? 401 : CASE_VIEWERS.contains(who) ? viewerGets : 403;
    }
}

package org.socorg.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.socorg.platform.KeycloakApiIT.Rule;
import org.socorg.platform.KeycloakApiIT.Who;
import org.socorg.platform.organization.CreditCodes;
import org.socorg.platform.organization.OrganizationType;
import org.springframework.http.HttpMethod;

/**
 * The annual-report endpoints' rules in the authorization matrix, with ids that do not exist: the callers a rule
 * lets through get the feature's 404, the others 401/403, and nothing is written.
 */
final class AnnualReportMatrixRules {

    /** A well-formed unified social credit code no organization has. */
    static final String UNKNOWN_CODE = CreditCodes.compose('5', OrganizationType.FOUNDATION, "440100",
            CreditCodes.organizationBody("XX", 999_998)).toString();

    private AnnualReportMatrixRules() {
    }

    static void addTo(Map<String, Rule> rules) {
        Function<Who, Integer> publicRead = who -> null;
        Map<String, Object> filing = new HashMap<>();
        filing.put("creditCode", UNKNOWN_CODE);
        filing.put("reportYear", 2025);
        filing.put("workSummary", "矩阵测试");
        filing.put("totalIncome", 100);
        filing.put("totalExpenses", 100);
        filing.put("publicWelfareExpenses", 50);
        filing.put("netAssetsStart", 1000);
        filing.put("netAssetsEnd", 1000);
        filing.put("meetingsHeld", 1);
        filing.put("publicWelfareActivities", "矩阵测试");
        // only applicants get as far as looking the organization up (404: no such organization)
        rules.put("POST /api/annual-reports", new Rule(HttpMethod.POST, "/api/annual-reports", filing,
                who -> who == Who.ANONYMOUS ? 401 : who.applicant() ? 404 : 403));
        rules.put("GET /api/annual-reports", new Rule(HttpMethod.GET, "/api/annual-reports", null,
                who -> who == Who.ANONYMOUS ? 401 : who.applicant() || who.official() ? 200 : 403));
        rules.put("GET /api/annual-reports/reminders", new Rule(HttpMethod.GET, "/api/annual-reports/reminders", null,
                who -> who == Who.ANONYMOUS ? 401 : who.applicant() ? 200 : 403));
        rules.put("GET /api/annual-reports/{id}", new Rule(HttpMethod.GET,
                "/api/annual-reports/00000000-0000-0000-0000-000000000000", null,
                who -> who == Who.ANONYMOUS ? 401 : 404));
        rules.put("GET /api/annual-reports/public/{creditCode}", new Rule(HttpMethod.GET,
                "/api/annual-reports/public/" + UNKNOWN_CODE, null, publicRead));
    }
}

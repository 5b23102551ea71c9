package org.socorg.platform;

import java.util.Map;
import org.springframework.http.HttpMethod;

/** The workspace's endpoints in the authorization matrix of {@link KeycloakApiIT}. */
final class WorkspaceMatrixRules {

    private WorkspaceMatrixRules() {
    }

    static void addTo(Map<String, KeycloakApiIT.Rule> rules) {
        // releasing a task no one may see: every signed-in caller gets 404, so the matrix changes no real task
        rules.put("POST /api/tasks/{id}/release", new KeycloakApiIT.Rule(HttpMethod.POST,
                "/api/tasks/no-such-task/release", null, who -> who == KeycloakApiIT.Who.ANONYMOUS ? 401 : 404));
        // delegating a task no one may see: same, with a valid body so the refusal is the task's, not the input's
        rules.put("POST /api/tasks/{id}/delegate", new KeycloakApiIT.Rule(HttpMethod.POST,
                "/api/tasks/no-such-task/delegate", Map.of("to", "reviewer1"),
                who -> who == KeycloakApiIT.Who.ANONYMOUS ? 401 : 404));
        // the colleagues of a task no one may see: 404 for everyone signed in (TaskInboxDelegationTest shows the holder's
        // list and everyone else refused on a real task)
        rules.put("GET /api/tasks/{id}/delegation-candidates", new KeycloakApiIT.Rule(HttpMethod.GET,
                "/api/tasks/no-such-task/delegation-candidates", null,
                who -> who == KeycloakApiIT.Who.ANONYMOUS ? 401 : 404));
        // marking a notice addressed to no one here: 404 NOTICE_NOT_FOUND for everyone signed in (only the
        // recipient marks their own; InboxNoticesApiTest shows another user's refused)
        rules.put("POST /api/tasks/notices/{id}/read", new KeycloakApiIT.Rule(HttpMethod.POST,
                "/api/tasks/notices/999999999/read", null, who -> who == KeycloakApiIT.Who.ANONYMOUS ? 401 : 404));
        // everyone signed in marks their own notices (none here), nobody else's
        rules.put("POST /api/tasks/notices/read-all", new KeycloakApiIT.Rule(HttpMethod.POST,
                "/api/tasks/notices/read-all", null, who -> who == KeycloakApiIT.Who.ANONYMOUS ? 401 : 200));
    }
}

package org.socorg.platform;

import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpMethod;

/**
 * The analyst workbench in the authorization matrix: analysts only. The analyst's own requests name drafts and
 * versions that do not exist (404) or carry bad input (400), so the matrix deploys and migrates nothing.
 */
final class WorkbenchMatrixRules {

    private WorkbenchMatrixRules() {
    }

    static Function<KeycloakApiIT.Who, Integer> analyst(int analystGets) {
        return who -> who == KeycloakApiIT.Who.ANONYMOUS ? 401 : who == KeycloakApiIT.Who.ANALYST ? analystGets : 403;
    }

    static void addTo(Map<String, KeycloakApiIT.Rule> rules) {
        String base = "/api/workbench";
        Map<String, Object> badFile = Map.of("fileName", "notes.txt", "content", "x");
        Map<String, Object> noVersions = Map.of("sourceDefinitionId", "no-such-version",
                "targetDefinitionId", "no-such-version-2");
        rules.put("GET " + base + "/models", new KeycloakApiIT.Rule(HttpMethod.GET, base + "/models", null,
                analyst(200)));
        rules.put("GET " + base + "/models/{definitionId}/source", new KeycloakApiIT.Rule(HttpMethod.GET,
                base + "/models/no-such-version/source", null, analyst(404)));
        rules.put("POST " + base + "/check", new KeycloakApiIT.Rule(HttpMethod.POST, base + "/check", badFile,
                analyst(400)));
        rules.put("POST " + base + "/drafts", new KeycloakApiIT.Rule(HttpMethod.POST, base + "/drafts", badFile,
                analyst(400)));
        // a JSON body where a multipart upload is expected: refused before any file is read
        rules.put("POST " + base + "/drafts/import", new KeycloakApiIT.Rule(HttpMethod.POST, base + "/drafts/import",
                badFile, analyst(KeycloakApiIT.ALLOWED)));
        rules.put("GET " + base + "/drafts", new KeycloakApiIT.Rule(HttpMethod.GET, base + "/drafts", null,
                analyst(200)));
        rules.put("GET " + base + "/drafts/{id}", new KeycloakApiIT.Rule(HttpMethod.GET, base + "/drafts/no-such-draft",
                null, analyst(404)));
        rules.put("PUT " + base + "/drafts/{id}", new KeycloakApiIT.Rule(HttpMethod.PUT, base + "/drafts/no-such-draft",
                Map.of("content", "<x/>"), analyst(404)));
        rules.put("POST " + base + "/drafts/{id}/submit", new KeycloakApiIT.Rule(HttpMethod.POST,
                base + "/drafts/no-such-draft/submit", null, analyst(404)));
        rules.put("GET " + base + "/drafts/{id}/diff", new KeycloakApiIT.Rule(HttpMethod.GET,
                base + "/drafts/no-such-draft/diff", null, analyst(404)));
        rules.put("POST " + base + "/drafts/{id}/approve", new KeycloakApiIT.Rule(HttpMethod.POST,
                base + "/drafts/no-such-draft/approve", null, analyst(404)));
        rules.put("POST " + base + "/drafts/{id}/reject", new KeycloakApiIT.Rule(HttpMethod.POST,
                base + "/drafts/no-such-draft/reject", Map.of("comment", "x"), analyst(404)));
        rules.put("POST " + base + "/migrations/plan", new KeycloakApiIT.Rule(HttpMethod.POST,
                base + "/migrations/plan", noVersions, analyst(404)));
        rules.put("POST " + base + "/migrations/dry-run", new KeycloakApiIT.Rule(HttpMethod.POST,
                base + "/migrations/dry-run", noVersions, analyst(404)));
        rules.put("POST " + base + "/migrations/execute", new KeycloakApiIT.Rule(HttpMethod.POST,
                base + "/migrations/execute", noVersions, analyst(404)));
    }
}

package org.socorg.platform;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoints under the audit log's paths (scanned from the test classpath), so the authorization
 * matrix's rule for the audit module — public, except the export for auditors — is exercised before, and
 * independently of, the audit module's own endpoints.
 */
@RestController
class AuditRulesStandIn {

    @GetMapping("/api/audit/it-stand-in/{id}")
    Map<String, String> entry(@PathVariable String id) {
        return Map.of("id", id);
    }

    @GetMapping("/api/audit/export/it-stand-in")
    Map<String, String> export() {
        return Map.of("exported", "yes");
    }
}

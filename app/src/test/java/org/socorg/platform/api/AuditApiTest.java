package org.socorg.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socorg.auditlog.Checkpoint;
import org.socorg.auditlog.Hex;
import org.socorg.auditlog.Json;
import org.socorg.auditlog.Keyring;
import org.socorg.auditlog.LogEntry;
import org.socorg.auditlog.Merkle;
import org.socorg.auditlog.Receipt;
import org.socorg.auditlog.SignatureAlgorithm;
import org.socorg.platform.TestPlatformApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** The public audit API over HTTP: what anyone may read, what only auditors may do, and the refusals. */
@SpringBootTest(classes = TestPlatformApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuditApiTest extends RegistrationApiJourney {

    private String text(String path, String user) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.set("X-Demo-User", user);
        }
        ResponseEntity<String> r = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(r.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return r.getBody();
    }

    @SuppressWarnings("unchecked")
    private Keyring publishedKeys() {
        return new Keyring(list("/api/audit/keys", "applicant1").stream()
                .map(k -> SignatureAlgorithm.readPublicKey((String) k.get("publicKeyPem"))).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anyone_reads_the_trail_of_a_case_and_checks_each_receipt_without_signing_in() {
        Map<String, Object> app = submit(uniqueName());
        String pid = (String) app.get("processInstanceId");
        claimAndComplete("official1", pid, "UserTask_CheckDocuments", "COMPLETE", null);

        List<Map<String, Object>> trail = list("/api/audit/cases/" + app.get("id"), "applicant1");
        assertThat(trail).extracting(e -> ((Map<String, Object>) e.get("entry")).get("kind"))
                .contains("process.started", "task.completed");
        Map<String, Object> accepted = trail.stream()
                .filter(e -> "task.completed".equals(((Map<String, Object>) e.get("entry")).get("kind")))
                .findFirst().orElseThrow();
        Number seq = (Number) accepted.get("seq");

        Receipt receipt = Receipt.parse(text("/api/audit/entries/" + seq + "/receipt", null));
        assertThat(receipt.problem(publishedKeys())).isNull();
        assertThat(receipt.entry()).containsEntry("actor", "official1").containsEntry("businessKey", app.get("id"));

        Map<String, Object> entry = call(HttpMethod.GET, "/api/audit/entries/" + seq, null, null).getBody();
        String json = Json.canonical(entry.get("entry"));
        assertThat(entry.get("leafHash")).isEqualTo(Hex.encode(LogEntry.leafHash(
                org.socorg.auditlog.HashAlgorithm.SM3, json)));

        Checkpoint latest = Checkpoint.parse(text("/api/audit/checkpoints/latest", null));
        assertThat(latest.signatureProblem(publishedKeys())).isNull();
        Map<String, Object> proof = call(HttpMethod.GET, "/api/audit/entries/" + seq + "/proof?treeSize="
                + latest.treeSize(), null, null).getBody();
        List<byte[]> path = ((List<String>) proof.get("inclusionProof")).stream().map(Hex::decode).toList();
        assertThat(Merkle.verifyInclusion(org.socorg.auditlog.HashAlgorithm.SM3, seq.longValue(),
                latest.treeSize(), Hex.decode((String) entry.get("leafHash")), path, latest.root())).isTrue();
    }

    @Test
    void export_reconciliation_and_signing_on_demand_are_for_auditors_only() {
        for (String path : List.of("/api/audit/export", "/api/audit/reconciliation")) {
            assertProblem(call(HttpMethod.GET, path, null, null), HttpStatus.UNAUTHORIZED, "NOT_AUTHENTICATED");
            assertProblem(call(HttpMethod.GET, path, "applicant1", null), HttpStatus.FORBIDDEN, "FORBIDDEN");
            assertProblem(call(HttpMethod.GET, path, "official1", null), HttpStatus.FORBIDDEN, "FORBIDDEN");
        }
        assertProblem(call(HttpMethod.POST, "/api/audit/checkpoints", "director1", null), HttpStatus.FORBIDDEN,
                "FORBIDDEN");

        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Demo-User", "auditor1");
        ResponseEntity<byte[]> zip = http.exchange("/api/audit/export", HttpMethod.GET, new HttpEntity<>(headers),
                byte[].class);
        assertThat(zip.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(zip.getHeaders().getContentType().toString()).isEqualTo("application/zip");
        assertThat(zip.getBody()).startsWith(0x50, 0x4b); // "PK"
        Map<String, Object> report = call(HttpMethod.GET, "/api/audit/reconciliation", "auditor1", null).getBody();
        // other tests of this shared context backdate organizations on purpose, so only the report's shape is ours
        assertThat(report).containsKeys("checked", "mismatches");
        assertThat((Integer) report.get("checked")).isPositive();
    }

    @Test
    void bad_sizes_and_unknown_entries_get_problems_not_errors() {
        assertProblem(call(HttpMethod.GET, "/api/audit/entries/999999999", null, null), HttpStatus.NOT_FOUND,
                "NOT_FOUND");
        assertProblem(call(HttpMethod.GET, "/api/audit/entries/0/proof?treeSize=999999999", null, null),
                HttpStatus.BAD_REQUEST, "TREE_SIZE_OUT_OF_RANGE");
        assertProblem(call(HttpMethod.GET, "/api/audit/consistency?from=5&to=2", null, null),
                HttpStatus.BAD_REQUEST, "TREE_SIZES_OUT_OF_RANGE");
        ResponseEntity<Map<String, Object>> notANumber = call(HttpMethod.GET, "/api/audit/entries/abc", null, null);
        assertThat(notANumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notANumber.getBody().toString()).doesNotContain("Exception");
    }
}

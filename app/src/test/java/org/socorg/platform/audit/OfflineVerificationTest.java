package org.socorg.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socorg.platform.registration.RegistrationScenario.APPLICANT;
import static org.socorg.platform.registration.RegistrationScenario.DIRECTOR;
import static org.socorg.platform.registration.RegistrationScenario.OFFICIAL;
import static org.socorg.platform.registration.RegistrationScenario.complete;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socorg.auditlog.cli.VerifyCommand;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.registration.RegistrationApplication;
import org.socorg.platform.registration.RegistrationScenario;
import org.socorg.platform.registration.RegistrationService;
import org.socorg.platform.task.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The newcomer's check, end to end: register an organization, keep the receipt of its approval, export the log, verify
 * it offline with the public key alone — then change one byte in the database and watch the verifier name the entry.
 */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class OfflineVerificationTest {

    @Autowired AuditLog audit;
    @Autowired RegistrationService registrations;
    @Autowired TaskInbox inbox;
    @Autowired JdbcTemplate jdbc;
    @TempDir Path dir;

    private record Run(int exit, String out) {
    }

    private Run verify(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = VerifyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }

    private Path export(String name) throws Exception {
        Path zip = dir.resolve(name);
        try (var out = Files.newOutputStream(zip)) {
            audit.export(out);
        }
        return zip;
    }

    @Test
    void an_exported_log_verifies_offline_and_a_byte_changed_in_the_database_is_named() throws Exception {
        RegistrationApplication app = registrations.submitEstablishment(APPLICANT, RegistrationScenario.foundation(
                "北京市离线" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "基金会"));
        String pi = app.processInstanceId();
        complete(inbox, OFFICIAL, pi, "UserTask_CheckDocuments", "COMPLETE", null);
        complete(inbox, OFFICIAL, pi, "UserTask_ReviewApplication", "RECOMMEND_APPROVAL", "符合条件");
        complete(inbox, DIRECTOR, pi, "UserTask_DecideRegistration", "APPROVE", null);
        AuditedEntry approval = audit.caseTrail(app.id()).stream()
                .filter(e -> "UserTask_DecideRegistration".equals(e.fields().get("element"))).findFirst().orElseThrow();

        Path receipt = Files.writeString(dir.resolve("receipt.json"), audit.receipt(approval.seq()).toJson());
        Path key = Files.writeString(dir.resolve("authority.pem"), audit.keys().stream().filter(AuditKey::current)
                .findFirst().orElseThrow().publicKeyPem());
        complete(inbox, OFFICIAL, registrations.submitEstablishment(APPLICANT, RegistrationScenario.foundation(
                "北京市后续" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "基金会"))
                .processInstanceId(), "UserTask_CheckDocuments", "COMPLETE", null);

        Run valid = verify("verify", "--log", export("audit-log.zip").toString(), "--key", key.toString(),
                "--receipt", receipt.toString());
        assertThat(valid.exit()).as(valid.out()).isZero();
        assertThat(valid.out()).contains("VALID", "receipts:     1 verified");
        assertThat(verify("receipt", "--receipt", receipt.toString(), "--key", key.toString()).exit()).isZero();

        String json = jdbc.queryForObject("SELECT entry_json FROM audit_entry WHERE seq = ?", String.class,
                approval.seq());
        jdbc.update("UPDATE audit_entry SET entry_json = ? WHERE seq = ?",
                json.replace("decision=APPROVE", "decision=REFUSE"), approval.seq());
        try {
            Run tampered = verify("verify", "--log", export("tampered.zip").toString(), "--key", key.toString());
            assertThat(tampered.exit()).isEqualTo(1);
            assertThat(tampered.out()).contains("INVALID entry " + approval.seq() + ":");
        } finally {
            jdbc.update("UPDATE audit_entry SET entry_json = ? WHERE seq = ?", json, approval.seq());
        }
    }
}

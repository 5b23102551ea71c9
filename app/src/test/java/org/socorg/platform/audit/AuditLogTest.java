package org.socorg.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.socorg.platform.registration.RegistrationScenario.APPLICANT;
import static org.socorg.platform.registration.RegistrationScenario.DIRECTOR;
import static org.socorg.platform.registration.RegistrationScenario.OFFICIAL;
import static org.socorg.platform.registration.RegistrationScenario.complete;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.socorg.auditlog.Checkpoint;
import org.socorg.auditlog.Hex;
import org.socorg.auditlog.Json;
import org.socorg.auditlog.Keyring;
import org.socorg.auditlog.LogEntry;
import org.socorg.auditlog.LogPublicKey;
import org.socorg.auditlog.Merkle;
import org.socorg.auditlog.Receipt;
import org.socorg.auditlog.SignatureAlgorithm;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.registration.RegistrationApplication;
import org.socorg.platform.registration.RegistrationScenario;
import org.socorg.platform.registration.RegistrationService;
import org.socorg.platform.task.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.socorg.platform.organization.OrganizationUpdated;

/** Sealing on the real engine (H2): what is sealed, by whom, in which transaction, and what the proofs show. */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class AuditLogTest {

    @Autowired AuditLog audit;
    @Autowired RegistrationService registrations;
    @Autowired TaskInbox inbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired ApplicationEventPublisher events;

    private String approveFoundation() {
        RegistrationApplication app = registrations.submitEstablishment(APPLICANT,
                RegistrationScenario.foundation("北京市审计" + UUID.randomUUID().toString().substring(0, 6).toUpperCase()
                        + "基金会"));
        String pi = app.processInstanceId();
        complete(inbox, OFFICIAL, pi, "UserTask_CheckDocuments", "COMPLETE", null);
        complete(inbox, OFFICIAL, pi, "UserTask_ReviewApplication", "RECOMMEND_APPROVAL", "符合条件");
        complete(inbox, DIRECTOR, pi, "UserTask_DecideRegistration", "APPROVE", null);
        return app.id();
    }

    private LogPublicKey currentKey() {
        return audit.keys().stream().filter(AuditKey::current).findFirst()
                .map(k -> SignatureAlgorithm.readPublicKey(k.publicKeyPem())).orElseThrow();
    }

    @Test
    void seals_every_step_of_an_approved_registration_naming_who_took_it() {
        String applicationId = approveFoundation();
        List<Map<String, Object>> trail = audit.caseTrail(applicationId).stream().map(AuditedEntry::fields).toList();

        assertThat(trail.get(0)).containsEntry("kind", "process.started").containsEntry("actor", "applicant1")
                .containsEntry("businessKey", applicationId);
        assertThat(trail).filteredOn(e -> "task.completed".equals(e.get("kind")))
                .extracting(e -> e.get("element") + " by " + e.get("actor"))
                .containsExactly("UserTask_CheckDocuments by official1", "UserTask_ReviewApplication by official1",
                        "UserTask_DecideRegistration by director1");
        assertThat(trail).filteredOn(e -> "UserTask_DecideRegistration".equals(e.get("element"))
                        && "task.completed".equals(e.get("kind")))
                .singleElement().satisfies(e -> assertThat((String) e.get("outcome")).contains("decision=APPROVE"));
        assertThat(trail).extracting(e -> e.get("kind")).contains("activity.completed", "decision.evaluated",
                "registry.registered", "process.ended");
        assertThat(trail).filteredOn(e -> "registry.registered".equals(e.get("kind"))).singleElement()
                .satisfies(e -> assertThat(e.get("actor")).isEqualTo("director1"));
        assertThat(trail.get(trail.size() - 1)).containsEntry("kind", "process.ended")
                .containsEntry("element", "EndEvent_Registered");
        // every engine step names the process definition version it ran on (key:version:id)
        assertThat(trail).filteredOn(e -> ((String) e.get("kind")).startsWith("task."))
                .allSatisfy(e -> assertThat((String) e.get("process")).matches("registration-establishment:\\d+"));
    }

    private Set<Long> seqs(String businessKey) {
        return audit.caseTrail(businessKey).stream().map(AuditedEntry::seq)
                .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
    }

    @Test
    void seals_deployments_of_the_models_as_the_system() {
        List<Map<String, Object>> deployments = jdbc.queryForList(
                "SELECT entry_json FROM audit_entry WHERE kind = 'deployment.created'", String.class).stream()
                .map(Json::parseObject).toList();
        // the shipped models are deployed at start-up by the system (the analyst workbench's by the approving analyst)
        assertThat(deployments).filteredOn(e -> "socorg-models".equals(e.get("element"))).isNotEmpty()
                .allSatisfy(e -> assertThat(e).containsEntry("actor", "system"));
    }

    @Test
    void the_log_is_one_gapless_hash_chain_whose_root_the_checkpoint_signs() {
        approveFoundation();
        Checkpoint checkpoint = audit.checkpointNow();
        assertThat(checkpoint.signatureProblem(Keyring.of(currentKey()))).isNull();

        List<String> lines = jdbc.queryForList("SELECT entry_json FROM audit_entry ORDER BY seq", String.class);
        assertThat((long) lines.size()).isGreaterThanOrEqualTo(checkpoint.treeSize());
        List<byte[]> leaves = new ArrayList<>();
        String prev = LogEntry.genesisPrev(org.socorg.auditlog.HashAlgorithm.SM3);
        for (int i = 0; i < checkpoint.treeSize(); i++) {
            Map<String, Object> entry = Json.parseObject(lines.get(i));
            assertThat(entry.get("seq")).isEqualTo((long) i);
            assertThat(entry.get("prev")).as("chain at %d", i).isEqualTo(prev);
            assertThat(LogEntry.shapeProblem(entry)).isNull();
            assertThat(Json.canonical(entry)).isEqualTo(lines.get(i));
            byte[] leaf = LogEntry.leafHash(org.socorg.auditlog.HashAlgorithm.SM3, lines.get(i));
            leaves.add(leaf);
            prev = Hex.encode(leaf);
        }
        assertThat(Hex.encode(Merkle.root(org.socorg.auditlog.HashAlgorithm.SM3, leaves)))
                .isEqualTo(checkpoint.rootHash());
    }

    @Test
    void a_step_whose_transaction_rolls_back_leaves_no_seal() {
        long before = audit.size();
        String name = "北京市回滚" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "基金会";
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            registrations.submitEstablishment(APPLICANT, RegistrationScenario.foundation(name));
            throw new IllegalStateException("the step fails after the engine has worked");
        })).hasMessageContaining("the step fails");
        assertThat(audit.size()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class)).isEqualTo(before);

        registrations.submitEstablishment(APPLICANT, RegistrationScenario.foundation(name));
        assertThat(audit.size()).isGreaterThan(before);
    }

    @Test
    void a_receipt_verifies_with_the_authoritys_key_and_not_with_another() {
        String applicationId = approveFoundation();
        AuditedEntry decision = audit.caseTrail(applicationId).stream()
                .filter(e -> "UserTask_DecideRegistration".equals(e.fields().get("element"))
                        && "task.completed".equals(e.fields().get("kind")))
                .findFirst().orElseThrow();
        Receipt receipt = Receipt.parse(audit.receipt(decision.seq()).toJson());

        assertThat(receipt.problem(Keyring.of(currentKey()))).isNull();
        assertThat(receipt.checkpoint().treeSize()).isGreaterThan(decision.seq());
        assertThat(receipt.problem(Keyring.of(SignatureAlgorithm.SM2.generate(new SecureRandom()).publicKey())))
                .contains("unknown key");
        Map<String, Object> altered = new LinkedHashMap<>(receipt.entry());
        altered.put("actor", "someone-else");
        assertThat(new Receipt(altered, receipt.inclusionProof(), receipt.checkpoint()).problem(Keyring.of(currentKey())))
                .contains("inclusion proof does not lead");
    }

    @Test
    void consistency_proofs_link_an_old_checkpoint_to_a_new_one() {
        Checkpoint older = audit.checkpointNow();
        approveFoundation();
        Checkpoint newer = audit.checkpointNow();
        List<byte[]> proof = audit.consistencyProof(older.treeSize(), newer.treeSize()).stream().map(Hex::decode)
                .toList();
        assertThat(Merkle.verifyConsistency(org.socorg.auditlog.HashAlgorithm.SM3, older.treeSize(),
                newer.treeSize(), older.root(), newer.root(), proof)).isTrue();
        assertThat(Merkle.verifyConsistency(org.socorg.auditlog.HashAlgorithm.SM3, older.treeSize(),
                newer.treeSize(), newer.root(), newer.root(), proof)).isFalse();
    }

    @Test
    void reconciliation_is_clean_and_then_names_an_edited_history_row() {
        String applicationId = approveFoundation();
        ReconciliationReport clean = audit.reconcile();
        // this case's steps; other tests of the shared context backdate their organizations on purpose
        Set<Long> ours = seqs(applicationId);
        assertThat(clean.mismatches()).filteredOn(m -> ours.contains(m.seq())).isEmpty();
        assertThat(clean.checked()).isPositive();

        AuditedEntry decision = audit.caseTrail(applicationId).stream()
                .filter(e -> "UserTask_DecideRegistration".equals(e.fields().get("element"))
                        && "task.completed".equals(e.fields().get("kind")))
                .findFirst().orElseThrow();
        String taskId = ((String) decision.fields().get("ref")).substring("hi-taskinst:".length());
        jdbc.update("UPDATE ACT_HI_TASKINST SET ASSIGNEE_ = 'mallory' WHERE ID_ = ?", taskId);
        try {
            assertThat(audit.reconcile().mismatches()).anySatisfy(m -> {
                assertThat(m.seq()).isEqualTo(decision.seq());
                assertThat(m.problem()).contains("assignee").contains("mallory");
            });
        } finally {
            jdbc.update("UPDATE ACT_HI_TASKINST SET ASSIGNEE_ = 'director1' WHERE ID_ = ?", taskId);
        }

        String detailId = jdbc.queryForObject("SELECT ID_ FROM ACT_HI_DETAIL WHERE NAME_ = 'decision' AND "
                + "PROC_INST_ID_ = (SELECT PROC_INST_ID_ FROM ACT_HI_TASKINST WHERE ID_ = ?)", String.class, taskId);
        jdbc.update("UPDATE ACT_HI_DETAIL SET TEXT_ = 'REFUSE' WHERE ID_ = ?", detailId);
        try {
            assertThat(audit.reconcile().mismatches()).anySatisfy(m -> {
                assertThat(m.seq()).isEqualTo(decision.seq());
                assertThat(m.problem()).contains("variables").contains("REFUSE");
            });
        } finally {
            jdbc.update("UPDATE ACT_HI_DETAIL SET TEXT_ = 'APPROVE' WHERE ID_ = ?", detailId);
        }
        assertThat(audit.reconcile().mismatches()).filteredOn(m -> ours.contains(m.seq())).isEmpty();
    }

    @Test
    void a_sealed_change_to_the_registry_keeps_reconciliation_clean_and_an_unsealed_one_is_named() {
        String applicationId = approveFoundation();
        String code = registrations.get(APPLICANT, applicationId).creditCode();
        String reference = "change-" + applicationId;
        // a later flow changes the row and announces it in its own transaction, as change registration does
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            jdbc.update("UPDATE organization SET address = '北京市东城区新址1号' WHERE credit_code = ?", code);
            events.publishEvent(new OrganizationUpdated(code, "charity-recognized", reference));
        });
        assertThat(audit.caseTrail(reference)).singleElement().satisfies(e -> {
            assertThat(e.fields()).containsEntry("kind", "registry.charity-recognized").containsEntry("element", code);
        });
        Set<Long> ours = seqs(applicationId);
        ours.addAll(seqs(reference));
        assertThat(audit.reconcile().mismatches()).filteredOn(m -> ours.contains(m.seq())).isEmpty();

        jdbc.update("UPDATE organization SET address = '伪造地址' WHERE credit_code = ?", code);
        long sealed = audit.caseTrail(reference).get(0).seq();
        assertThat(audit.reconcile().mismatches()).anySatisfy(m -> {
            assertThat(m.seq()).isEqualTo(sealed);
            assertThat(m.problem()).contains("address");
        });
        jdbc.update("UPDATE organization SET address = '北京市东城区新址1号' WHERE credit_code = ?", code);
    }

    @Test
    void the_export_holds_every_entry_and_a_checkpoint_of_its_size() throws Exception {
        approveFoundation();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        audit.export(zip);
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsOnlyKeys("entries.jsonl", "checkpoints.jsonl", "log.json");
        long size = (Long) Json.parseObject(files.get("log.json")).get("size");
        assertThat(files.get("entries.jsonl").lines()).hasSize((int) size);
        List<Checkpoint> checkpoints = files.get("checkpoints.jsonl").lines().map(Checkpoint::parse).toList();
        assertThat(checkpoints).anySatisfy(c -> assertThat(c.treeSize()).isEqualTo(size));
        assertThat(checkpoints).allSatisfy(c -> assertThat(c.signatureProblem(Keyring.of(currentKey()))).isNull());
    }

    @Test
    void every_inclusion_proof_and_consistency_proof_verifies_against_signed_roots() {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        Checkpoint before = audit.checkpointNow();
        for (int t = 0; t < 5; t++) {
            int batch = t;
            tx.executeWithoutResult(s -> {
                for (int i = 0; i < 37; i++) {
                    audit.seal(new AuditRecord("test.step", "tester", java.time.Instant.now(), null, null,
                            "proof-test", "Step_" + batch + "_" + i, "test", null, null, Map.of("i", (long) i)));
                }
            });
        }
        Checkpoint after = audit.checkpointNow();
        var sm3 = org.socorg.auditlog.HashAlgorithm.SM3;
        for (long seq = 0; seq < after.treeSize(); seq++) {
            byte[] leaf = Hex.decode(audit.entry(seq).leafHash());
            List<byte[]> proof = audit.inclusionProof(seq, after.treeSize()).stream().map(Hex::decode).toList();
            assertThat(Merkle.verifyInclusion(sm3, seq, after.treeSize(), leaf, proof, after.root()))
                    .as("entry %d", seq).isTrue();
        }
        for (long size = 1; size <= after.treeSize(); size += 7) {
            List<byte[]> proof = audit.consistencyProof(size, after.treeSize()).stream().map(Hex::decode).toList();
            byte[] oldRoot = Merkle.root(sm3, java.util.stream.LongStream.range(0, size)
                    .mapToObj(i -> Hex.decode(audit.entry(i).leafHash())).toList());
            assertThat(Merkle.verifyConsistency(sm3, size, after.treeSize(), oldRoot, after.root(), proof))
                    .as("%d -> %d", size, after.treeSize()).isTrue();
        }
        List<byte[]> fromBefore = audit.consistencyProof(before.treeSize(), after.treeSize()).stream()
                .map(Hex::decode).toList();
        assertThat(Merkle.verifyConsistency(sm3, before.treeSize(), after.treeSize(), before.root(), after.root(),
                fromBefore)).isTrue();
    }
}

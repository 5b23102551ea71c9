package org.socorg.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.socorg.platform.registration.RegistrationScenario.APPLICANT;
import static org.socorg.platform.registration.RegistrationScenario.DIRECTOR;
import static org.socorg.platform.registration.RegistrationScenario.OFFICIAL;
import static org.socorg.platform.registration.RegistrationScenario.complete;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socorg.auditlog.Checkpoint;
import org.socorg.auditlog.HashAlgorithm;
import org.socorg.auditlog.Hex;
import org.socorg.auditlog.Json;
import org.socorg.auditlog.Keyring;
import org.socorg.auditlog.LogEntry;
import org.socorg.auditlog.Merkle;
import org.socorg.auditlog.SignatureAlgorithm;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.registration.RegistrationApplication;
import org.socorg.platform.registration.RegistrationScenario;
import org.socorg.platform.registration.RegistrationService;
import org.socorg.platform.support.MariaDbSupport;
import org.socorg.platform.task.TaskInbox;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log on a real MariaDB/MySQL with two application instances on one database, as a two-node deployment runs
 * it: concurrent appends from several threads in each instance give one gapless chain; a rolled-back step leaves no
 * seal; reconciliation is clean on this database's time precision and names an edited history row.
 */
class AuditLogMariaDbIT {

    static final MariaDbSupport.Database DB = MariaDbSupport.freshDatabase("socorg_audit_it");
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(TestPlatformApplication.class).profiles("test", "mysql").run(
                "--spring.datasource.url=" + DB.url(), "--spring.datasource.username=" + DB.user(),
                "--spring.datasource.password=" + DB.password(),
                "--spring.datasource.driver-class-name=com.mysql.cj.jdbc.Driver",
                "--spring.main.web-application-type=none");
    }

    @BeforeAll
    static void start() {
        first = instance();
        second = instance();
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        MariaDbSupport.drop(DB);
    }

    private static String uniqueName() {
        return "北京市并发" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "基金会";
    }

    @Test
    void two_instances_appending_from_several_threads_give_one_gapless_unforked_log() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> work = new ArrayList<>();
        for (ConfigurableApplicationContext instance : List.of(first, second)) {
            RegistrationService registrations = instance.getBean(RegistrationService.class);
            TaskInbox inbox = instance.getBean(TaskInbox.class);
            for (int t = 0; t < 3; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 4; i++) {
                        RegistrationApplication app = registrations.submitEstablishment(APPLICANT,
                                RegistrationScenario.foundation(uniqueName()));
                        complete(inbox, OFFICIAL, app.processInstanceId(), "UserTask_CheckDocuments", "COMPLETE", null);
                    }
                    return null;
                }));
            }
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();

        AuditLog audit = first.getBean(AuditLog.class);
        Checkpoint checkpoint = audit.checkpointNow();
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT seq, entry_json FROM audit_entry ORDER BY seq");
        assertThat((long) rows.size()).isEqualTo(checkpoint.treeSize()).isGreaterThan(24 * 5);
        List<byte[]> leaves = new ArrayList<>();
        String prev = LogEntry.genesisPrev(HashAlgorithm.SM3);
        for (int i = 0; i < rows.size(); i++) {
            String json = (String) rows.get(i).get("entry_json");
            assertThat(((Number) rows.get(i).get("seq")).longValue()).as("no gap").isEqualTo(i);
            assertThat(Json.parseObject(json).get("prev")).as("chain at %d", i).isEqualTo(prev);
            byte[] leaf = LogEntry.leafHash(HashAlgorithm.SM3, json);
            leaves.add(leaf);
            prev = Hex.encode(leaf);
        }
        assertThat(Hex.encode(Merkle.root(HashAlgorithm.SM3, leaves))).isEqualTo(checkpoint.rootHash());
        Keyring keys = new Keyring(audit.keys().stream().map(k -> SignatureAlgorithm.readPublicKey(k.publicKeyPem()))
                .toList());
        assertThat(keys.all()).as("each instance published its key").hasSize(2);
        assertThat(checkpoint.signatureProblem(keys)).isNull();
        Checkpoint fromSecond = second.getBean(AuditLog.class).checkpointNow();
        assertThat(fromSecond.treeSize()).isEqualTo(checkpoint.treeSize());
        assertThat(fromSecond.rootHash()).as("both instances see the same tree").isEqualTo(checkpoint.rootHash());
    }

    @Test
    void a_rolled_back_step_leaves_no_seal_on_mariadb() {
        AuditLog audit = first.getBean(AuditLog.class);
        RegistrationService registrations = first.getBean(RegistrationService.class);
        long before = audit.size();
        TransactionTemplate tx = new TransactionTemplate(first.getBean(PlatformTransactionManager.class));
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            registrations.submitEstablishment(APPLICANT, RegistrationScenario.foundation(uniqueName()));
            throw new IllegalStateException("fails after the engine worked");
        })).hasMessageContaining("fails after");
        assertThat(audit.size()).isEqualTo(before);
        assertThat(first.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class))
                .isEqualTo(before);
    }

    @Test
    void reconciliation_is_clean_on_mariadb_and_names_an_edited_history_row() {
        RegistrationService registrations = second.getBean(RegistrationService.class);
        TaskInbox inbox = second.getBean(TaskInbox.class);
        RegistrationApplication app = registrations.submitEstablishment(APPLICANT,
                RegistrationScenario.foundation(uniqueName()));
        complete(inbox, OFFICIAL, app.processInstanceId(), "UserTask_CheckDocuments", "COMPLETE", null);
        complete(inbox, OFFICIAL, app.processInstanceId(), "UserTask_ReviewApplication", "RECOMMEND_APPROVAL", "好");
        complete(inbox, DIRECTOR, app.processInstanceId(), "UserTask_DecideRegistration", "APPROVE", null);
        AuditLog audit = second.getBean(AuditLog.class);
        assertThat(audit.reconcile().mismatches()).isEmpty();

        AuditedEntry registered = audit.caseTrail(app.id()).stream()
                .filter(e -> "registry.registered".equals(e.fields().get("kind"))).findFirst().orElseThrow();
        JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
        String code = (String) registered.fields().get("element");
        jdbc.update("UPDATE organization SET legal_representative = '冒名者' WHERE credit_code = ?", code);
        jdbc.update("UPDATE ACT_HI_PROCINST SET END_ACT_ID_ = 'EndEvent_Refused' WHERE PROC_INST_ID_ = ?",
                app.processInstanceId());
        assertThat(audit.reconcile().mismatches()).anySatisfy(m -> {
            assertThat(m.seq()).isEqualTo(registered.seq());
            assertThat(m.problem()).contains("legalRepresentative").contains("冒名者");
        }).anySatisfy(m -> assertThat(m.problem()).contains("endActivityId").contains("EndEvent_Refused"));
    }
}

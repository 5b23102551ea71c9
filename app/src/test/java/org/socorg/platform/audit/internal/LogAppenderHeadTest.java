package org.socorg.platform.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socorg.auditlog.HashAlgorithm;
import org.socorg.auditlog.Hex;
import org.socorg.auditlog.Json;
import org.socorg.auditlog.LogEntry;
import org.socorg.auditlog.Merkle;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.audit.AuditRecord;
import org.socorg.platform.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The appender moves the head on from where it last left it with one conditional update, and reads the head under lock
 * only when that guess is stale. Two appenders on one database (as two application instances) take turns, so each
 * one's guess is stale every other time; a rolled-back append leaves a guess that must not be trusted either. The log
 * stays one gapless chain whose root is the head's.
 */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class LogAppenderHeadTest {

    @Autowired LogAppender appender;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired AuditProperties properties;
    @Autowired ObjectProvider<CurrentUser> currentUser;
    @Autowired LogStore store;

    private static AuditRecord record(String element) {
        return new AuditRecord("test.head", "tester", Instant.now(), null, null, "head-test", element, "test", null,
                "test:" + element, Map.of("element", element));
    }

    @Test
    void two_appenders_taking_turns_and_a_rollback_keep_one_gapless_chain() {
        LogAppender otherInstance = new LogAppender(jdbc, transactionManager, properties, currentUser);
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        long before = store.head().size();

        appender.add(record("a1"));
        appender.add(record("a2")); // the guess from a1 is right
        otherInstance.add(record("b1")); // cold: reads the head
        appender.add(record("a3")); // stale guess: b1 came in between
        tx.executeWithoutResult(status -> {
            otherInstance.add(record("b-rolled-back"));
            status.setRollbackOnly();
        });
        otherInstance.add(record("b2")); // after its rollback, the other must not trust what it did not commit
        tx.executeWithoutResult(status -> {
            appender.add(record("a4"));
            appender.addWhileCommitting(List.of(record("a5"))); // two appends in one transaction
        });

        List<Map<String, Object>> rows = jdbc.queryForList("SELECT seq, entry_json FROM audit_entry ORDER BY seq");
        List<String> ours = new ArrayList<>();
        List<byte[]> leaves = new ArrayList<>();
        String prev = LogEntry.genesisPrev(HashAlgorithm.fromId(properties.hash()));
        for (int i = 0; i < rows.size(); i++) {
            String json = (String) rows.get(i).get("entry_json");
            Map<String, Object> entry = Json.parseObject(json);
            assertThat(((Number) rows.get(i).get("seq")).longValue()).as("no gap").isEqualTo(i);
            assertThat(entry.get("prev")).as("chain at %d", i).isEqualTo(prev);
            byte[] leaf = LogEntry.leafHash(HashAlgorithm.fromId(properties.hash()), json);
            leaves.add(leaf);
            prev = Hex.encode(leaf);
            if (i >= before) {
                ours.add((String) entry.get("element"));
            }
        }
        assertThat(ours).containsExactly("a1", "a2", "b1", "a3", "b2", "a4", "a5");
        assertThat(store.head().size()).isEqualTo(rows.size());
        assertThat(Hex.encode(store.head().root()))
                .isEqualTo(Hex.encode(Merkle.root(HashAlgorithm.fromId(properties.hash()), leaves)));
    }
}

package org.socorg.platform.audit.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socorg.auditlog.CompactRange;
import org.socorg.auditlog.HashAlgorithm;
import org.socorg.auditlog.Hex;
import org.socorg.auditlog.Json;
import org.socorg.auditlog.LogEntry;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.socorg.platform.audit.AuditRecord;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes sealed steps into the log inside the caller's transaction. Records are collected while the transaction runs
 * and appended just before it commits: the head row is locked (by a conditional {@code UPDATE} from the head this
 * appender last committed, or {@code FOR UPDATE} when that is stale) only for the append itself, the
 * entries take the next sequence numbers, and the tree's new nodes and head are written in the same transaction. A
 * rollback discards them with the step; a second writer (thread or application instance) waits on the head row, so the
 * sequence has no gaps and the log no forks.
 */
@Component
public class LogAppender {

    /** The actor of steps nobody in particular took: timers, start-up deployments. */
    public static final String SYSTEM = "system";

    private static final Object BUFFER_KEY = LogAppender.class.getName() + ".buffer";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final HashAlgorithm hash;

    private final ObjectProvider<CurrentUser> currentUser;

    LogAppender(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AuditProperties properties,
                ObjectProvider<CurrentUser> currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.transactions = new TransactionTemplate(transactionManager);
        this.hash = HashAlgorithm.fromId(properties.hash());
    }

    HashAlgorithm hash() {
        return hash;
    }

    private volatile boolean sealing = true;

    /**
     * Switches sealing off and on, only for the benchmark's what-if row that measures what sealing costs. Nothing in
     * the platform calls it: an installation always seals.
     */
    public void sealing(boolean on) {
        this.sealing = on;
    }

    /** Seals {@code record} with the current transaction, or in a transaction of its own when there is none. */
    public void add(AuditRecord record) {
        if (!sealing) {
            return;
        }
        if (record.actor() == null) {
            record = record.withActor(actor());
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            AuditRecord withActor = record;
            transactions.executeWithoutResult(status -> add(withActor));
            return;
        }
        Buffer buffer = (Buffer) TransactionSynchronizationManager.getResource(BUFFER_KEY);
        if (buffer == null) {
            buffer = new Buffer();
            TransactionSynchronizationManager.bindResource(BUFFER_KEY, buffer);
            TransactionSynchronizationManager.registerSynchronization(buffer);
        }
        if (buffer.flushed) {
            append(List.of(record));
        } else {
            buffer.records.add(record);
        }
    }

    /**
     * Seals records produced while the transaction is already committing: into the buffer when it has not been written
     * yet, else at once (a synchronization registered now would not be called any more).
     */
    void addWhileCommitting(List<AuditRecord> records) {
        Buffer buffer = (Buffer) TransactionSynchronizationManager.getResource(BUFFER_KEY);
        if (buffer != null && !buffer.flushed) {
            records.forEach(this::add);
        } else {
            append(records.stream().map(r -> r.actor() == null ? r.withActor(actor()) : r).toList());
        }
    }

    /** The authenticated user of the engine command or of the request; {@code system} for timers and start-up. */
    private String actor() {
        CommandContext context = Context.getCommandContext();
        if (context != null && context.getAuthenticatedUserId() != null) {
            return context.getAuthenticatedUserId();
        }
        try {
            CurrentUser user = currentUser.getIfAvailable();
            return user == null ? SYSTEM : user.get().map(Caller::id).orElse(SYSTEM);
        } catch (RuntimeException noUsableRequest) {
            return SYSTEM;
        }
    }

    private final class Buffer implements TransactionSynchronization {
        final List<AuditRecord> records = new ArrayList<>();
        boolean flushed;

        @Override
        public int getOrder() {
            // after other synchronizations that may still seal something (the engine's own listeners run earlier)
            return LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            flushed = true;
            if (!records.isEmpty()) {
                append(records);
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(BUFFER_KEY);
        }
    }

    /**
     * The head as this appender last committed it, or {@code null}. An append first tries to move the head on from
     * here with one conditional {@code UPDATE} (it locks the row like {@code SELECT ... FOR UPDATE} would); only when
     * the row is no longer there (another thread or instance appended since, or nothing is known yet) does it read
     * the head under lock and append to that. Matching both size and last leaf hash makes a stale guess harmless.
     */
    private volatile HeadState committedHead;

    /** The head this transaction has moved on to and holds locked, not committed yet. */
    private static final Object TX_HEAD_KEY = LogAppender.class.getName() + ".head";

    /**
     * The entry columns' types: with them a {@code null} (no business key, no inner nodes) is bound as it is, where
     * without them Spring asks the driver for parameter metadata, which MySQL's driver answers with an exception.
     */
    private static final int[] ENTRY_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};

    private record HeadState(long size, String lastLeaf, byte[] edge) {
    }

    private void append(List<AuditRecord> records) {
        Timestamp now = Timestamp.from(Instant.now());
        HeadState txHead = (HeadState) TransactionSynchronizationManager.getResource(TX_HEAD_KEY);
        HeadState guess = txHead != null ? txHead : committedHead;
        Appended appended = null;
        if (guess != null && guess.lastLeaf() != null) {
            appended = chain(records, guess, now);
            int moved = jdbc.update("UPDATE audit_head SET tree_size = ?, last_leaf = ?, edge = ?, hash_alg = ?, "
                    + "updated_at = ? WHERE id = 1 AND tree_size = ? AND last_leaf = ?", appended.head().size(),
                    appended.head().lastLeaf(), Hex.encode(appended.head().edge()), hash.id(), now, guess.size(),
                    guess.lastLeaf());
            if (moved != 1) {
                appended = null;
            }
        }
        if (appended == null) {
            appended = chain(records, lockedHead(), now);
            jdbc.update("UPDATE audit_head SET tree_size = ?, last_leaf = ?, edge = ?, hash_alg = ?, updated_at = ? "
                    + "WHERE id = 1", appended.head().size(), appended.head().lastLeaf(),
                    Hex.encode(appended.head().edge()), hash.id(), now);
        }
        jdbc.batchUpdate("INSERT INTO audit_entry (seq, kind, business_key, process_instance, ref, sealed_at, "
                + "leaf_hash, nodes, entry_json, data_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", appended.rows(),
                ENTRY_TYPES);
        HeadState moved = appended.head();
        if (txHead == null) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    HeadState last = (HeadState) TransactionSynchronizationManager.unbindResourceIfPossible(TX_HEAD_KEY);
                    // a rollback leaves the head where it was: the next append finds that out by itself
                    committedHead = status == STATUS_COMMITTED ? last : null;
                }
            });
            TransactionSynchronizationManager.bindResource(TX_HEAD_KEY, moved);
        } else {
            TransactionSynchronizationManager.unbindResource(TX_HEAD_KEY);
            TransactionSynchronizationManager.bindResource(TX_HEAD_KEY, moved);
        }
    }

    /** The head read under the row lock, which this transaction then holds until it ends. */
    private HeadState lockedHead() {
        Map<String, Object> head = jdbc.queryForMap(
                "SELECT tree_size, last_leaf, edge, hash_alg FROM audit_head WHERE id = 1 FOR UPDATE");
        String existingAlg = (String) head.get("hash_alg");
        if (existingAlg != null && !existingAlg.equals(hash.id())) {
            throw new IllegalStateException("the audit log is hashed with " + existingAlg + " but platform.audit.hash is "
                    + hash.id() + "; a log cannot change its hash algorithm");
        }
        return new HeadState(((Number) head.get("tree_size")).longValue(), (String) head.get("last_leaf"),
                Hex.decode((String) head.get("edge")));
    }

    private record Appended(HeadState head, List<Object[]> rows) {
    }

    /** The entry rows for {@code records} after {@code from}, and the head they lead to. */
    private Appended chain(List<AuditRecord> records, HeadState from, Timestamp now) {
        CompactRange range = CompactRange.decode(hash, from.size(), from.edge());
        String prev = from.lastLeaf() == null ? LogEntry.genesisPrev(hash) : from.lastLeaf();
        List<Object[]> entryRows = new ArrayList<>(records.size());
        for (AuditRecord record : records) {
            long seq = range.size();
            String data = Json.canonical(record.data());
            String json = Json.canonical(entry(record, seq, prev, data));
            byte[] leaf = LogEntry.leafHash(hash, json);
            StringBuilder nodes = new StringBuilder();
            range.append(leaf, node -> {
                if (node.level() > 0) {
                    nodes.append(Hex.encode(node.hash())); // levels arrive in ascending order
                }
            });
            prev = Hex.encode(leaf);
            entryRows.add(new Object[] {seq, record.kind(), record.businessKey(), record.processInstance(), record.ref(),
                now, prev, nodes.isEmpty() ? null : nodes.toString(), json, data});
        }
        return new Appended(new HeadState(range.size(), prev, range.encode()), entryRows);
    }

    private Map<String, Object> entry(AuditRecord record, long seq, String prev, String data) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("seq", seq);
        entry.put("prev", prev);
        entry.put("time", record.time().toString());
        entry.put("kind", record.kind());
        entry.put("actor", record.actor());
        entry.put("data", Hex.encode(hash.hash(data)));
        putIfPresent(entry, "process", record.process());
        putIfPresent(entry, "processInstance", record.processInstance());
        putIfPresent(entry, "businessKey", record.businessKey());
        putIfPresent(entry, "element", record.element());
        putIfPresent(entry, "elementType", record.elementType());
        putIfPresent(entry, "outcome", record.outcome());
        putIfPresent(entry, "ref", record.ref());
        return entry;
    }

    private static void putIfPresent(Map<String, Object> entry, String field, String value) {
        if (value != null) {
            entry.put(field, value);
        }
    }

}

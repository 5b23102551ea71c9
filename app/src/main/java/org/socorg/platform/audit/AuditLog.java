package org.socorg.platform.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.socorg.auditlog.Checkpoint;
import org.socorg.auditlog.Hex;
import org.socorg.auditlog.Json;
import org.socorg.auditlog.Receipt;
import org.socorg.platform.audit.internal.AuditProperties;
import org.socorg.platform.audit.internal.Checkpoints;
import org.socorg.platform.audit.internal.LogAppender;
import org.socorg.platform.audit.internal.LogStore;
import org.socorg.platform.audit.internal.Reconciliation;
import org.socorg.platform.audit.internal.SigningKeys;
import org.socorg.platform.shared.PlatformException;
import org.springframework.stereotype.Service;

/**
 * The audit log's API: seal a step (features call this only for what the engine does not see), read entries, proofs,
 * checkpoints and receipts, export the log for offline verification, and reconcile it with the data it sealed.
 */
@Service
public class AuditLog {

    private final LogAppender appender;
    private final LogStore store;
    private final Checkpoints checkpoints;
    private final SigningKeys keys;
    private final Reconciliation reconciliation;
    private final AuditProperties properties;

    AuditLog(LogAppender appender, LogStore store, Checkpoints checkpoints, SigningKeys keys,
             Reconciliation reconciliation, AuditProperties properties) {
        this.appender = appender;
        this.store = store;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.reconciliation = reconciliation;
        this.properties = properties;
    }

    /** Seals {@code record} in the current transaction: it is in the log if and only if the transaction commits. */
    public void seal(AuditRecord record) {
        appender.add(record);
    }

    public long size() {
        return store.head().size();
    }

    public Optional<Checkpoint> latestCheckpoint() {
        return checkpoints.latest();
    }

    /** Signs a checkpoint of the log as it stands (or returns the latest when nothing was added since). */
    public Checkpoint checkpointNow() {
        return checkpoints.sign();
    }

    public List<AuditKey> keys() {
        return keys.published();
    }

    public AuditedEntry entry(long seq) {
        return store.entry(seq).orElseThrow(() -> PlatformException.notFound("审计记录", "audit entry",
                String.valueOf(seq)));
    }

    /**
     * The latest entry sealing the source {@code ref}, e.g. {@code deployment:<deploymentId>} for the seal of a
     * deployment, so a screen can show that (and where) a step it just did is in the log.
     */
    public Optional<AuditedEntry> sealOf(String ref) {
        return store.latestByRef(ref);
    }

    public List<AuditedEntry> caseTrail(String businessKey) {
        return store.byBusinessKey(businessKey);
    }

    /** The inclusion proof of entry {@code seq} in the tree of {@code treeSize} entries (a checkpoint's size). */
    public List<String> inclusionProof(long seq, long treeSize) {
        long size = size();
        if (treeSize < 1 || treeSize > size) {
            throw PlatformException.invalid("TREE_SIZE_OUT_OF_RANGE", "树大小须在 1 到 " + size + " 之间",
                    "The tree size must be between 1 and " + size);
        }
        if (seq < 0 || seq >= treeSize) {
            throw PlatformException.invalid("ENTRY_NOT_IN_TREE", "审计记录 " + seq + " 不在大小为 " + treeSize + " 的树中",
                    "Entry " + seq + " is not in a tree of size " + treeSize);
        }
        return store.inclusionProof(seq, treeSize).stream().map(Hex::encode).toList();
    }

    /** The consistency proof between two tree sizes: the larger tree extends the smaller one. */
    public List<String> consistencyProof(long from, long to) {
        long size = size();
        if (from < 0 || from > to || to > size) {
            throw PlatformException.invalid("TREE_SIZES_OUT_OF_RANGE",
                    "须满足 0 ≤ from ≤ to ≤ " + size, "The sizes must satisfy 0 ≤ from ≤ to ≤ " + size);
        }
        return store.consistencyProof(from, to).stream().map(Hex::encode).toList();
    }

    /** What an applicant keeps for one step: the entry, its inclusion proof and a checkpoint covering it. */
    public Receipt receipt(long seq) {
        AuditedEntry entry = entry(seq);
        Checkpoint checkpoint = checkpoints.covering(seq);
        return new Receipt(entry.fields(), inclusionProof(seq, checkpoint.treeSize()), checkpoint);
    }

    /**
     * Writes the log for offline verification as a zip: {@code entries.jsonl} (one canonical entry per line),
     * {@code checkpoints.jsonl} and {@code log.json}. A checkpoint of the exported size is signed first, so the whole
     * export is covered. Public keys are not part of it: the verifier must get them separately.
     */
    public void export(OutputStream out) {
        Checkpoint last = checkpoints.sign();
        long size = last.treeSize();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("entries.jsonl"));
            Writer writer = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
            store.forEachEntry(0, size, entry -> {
                try {
                    writer.write(entry.json());
                    writer.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("checkpoints.jsonl"));
            for (Checkpoint checkpoint : checkpoints.all()) {
                if (checkpoint.treeSize() <= size) {
                    writer.write(checkpoint.toJson());
                    writer.write('\n');
                }
            }
            writer.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("log.json"));
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("origin", properties.origin());
            meta.put("hashAlg", store.hash().id());
            meta.put("size", size);
            meta.put("exportedAt", Instant.now().toString());
            writer.write(Json.canonical(meta));
            writer.write('\n');
            writer.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("the audit export could not be written", e);
        }
    }

    /** Recomputes every sealed step's data from its source and reports what no longer matches. */
    public ReconciliationReport reconcile() {
        return reconciliation.run();
    }
}

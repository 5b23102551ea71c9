package org.socorg.auditlog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * A log built the way the platform builds one — canonical entries chained by prev, a Merkle tree, a checkpoint signed
 * every {@code interval} entries — for tests and the benchmark.
 */
public final class TestLog {

    public static final String ORIGIN = "socorg-platform/110000";

    public final HashAlgorithm hash;
    public final List<String> entries = new ArrayList<>();
    public final List<Checkpoint> checkpoints = new ArrayList<>();
    public final InMemoryNodes nodes = new InMemoryNodes();
    private final CompactRange range;

    private TestLog(HashAlgorithm hash) {
        this.hash = hash;
        this.range = new CompactRange(hash);
    }

    /** A log of {@code size} entries, signed every {@code interval} entries by {@code signerAt(treeSize)}. */
    public static TestLog build(int size, int interval, HashAlgorithm hash, LongFunction<LogSigner> signerAt) {
        return build(size, interval, hash, signerAt, -1);
    }

    /** As {@link #build}, but entries from {@code variantFrom} on record other data: another history. */
    public static TestLog build(int size, int interval, HashAlgorithm hash, LongFunction<LogSigner> signerAt,
                                long variantFrom) {
        TestLog log = new TestLog(hash);
        String prev = LogEntry.genesisPrev(hash);
        for (long seq = 0; seq < size; seq++) {
            String entry = Json.canonical(entry(hash, seq, prev, variantFrom >= 0 && seq >= variantFrom));
            byte[] leaf = LogEntry.leafHash(hash, entry);
            log.entries.add(entry);
            log.range.append(leaf, log.nodes);
            prev = Hex.encode(leaf);
            if ((seq + 1) % interval == 0) {
                log.checkpoints.add(log.sign(signerAt.apply(seq + 1), seq + 1));
            }
        }
        return log;
    }

    /** A realistic entry of about 300 bytes: a user task completed in a registration. */
    public static Map<String, Object> entry(HashAlgorithm hash, long seq, String prev, boolean variant) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("seq", seq);
        e.put("prev", prev);
        e.put("time", "2026-11-22T04:" + String.format("%02d:%02d.%03dZ", seq / 60000 % 60, seq / 1000 % 60,
                seq % 1000));
        e.put("kind", "activity.completed");
        e.put("actor", seq % 5 == 0 ? "system" : "official-" + (seq % 17));
        e.put("data", Hex.encode(hash.hash((variant ? "other data " : "data ") + seq)));
        e.put("process", "registration:3");
        e.put("processInstance", "8f1c2d3e-" + String.format("%04x", seq % 65536) + "-4a5b-9c6d-" + seq);
        e.put("businessKey", "ORG-2026-" + (seq / 7));
        e.put("element", "Task_ReviewApplication");
        e.put("elementType", "userTask");
        e.put("outcome", "approved");
        return e;
    }

    public Checkpoint sign(LogSigner signer, long treeSize) {
        return Checkpoint.sign(signer, ORIGIN, treeSize, Merkle.rootAt(hash, nodes, treeSize),
                "2026-11-22T05:00:00Z", hash);
    }

    public Checkpoint checkpoint(long treeSize) {
        return checkpoints.stream().filter(c -> c.treeSize() == treeSize).findFirst().orElseThrow();
    }

    public Receipt receipt(long seq, Checkpoint checkpoint) {
        List<String> proof = Merkle.inclusionProof(hash, nodes, seq, checkpoint.treeSize()).stream()
                .map(Hex::encode).toList();
        return new Receipt(Json.parseObject(entries.get((int) seq)), proof, checkpoint);
    }

    public Path export(Path dir) throws IOException {
        LogExport.write(dir, ORIGIN, hash, entries, checkpoints);
        return dir;
    }
}

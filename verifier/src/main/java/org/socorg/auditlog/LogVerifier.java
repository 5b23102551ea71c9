package org.socorg.auditlog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks an exported log (see {@link LogExport}) against trusted public keys, with nothing else trusted: every entry
 * line is canonical and well-formed, seq equals the line's position, the hash chain holds, the Merkle root at each
 * signed size equals the signed root, every checkpoint is signed by a trusted key, checkpoints agree on the hash
 * algorithm and origin, no two signed checkpoints of one size differ (a fork), no checkpoint covers more entries than
 * the log holds (truncation), a previously saved checkpoint still matches (no rewrite since), and receipts agree with
 * the log.
 *
 * <p>The result is the first problem — the one naming the lowest entry — or a summary of what was verified.
 */
public final class LogVerifier {

    /** One thing wrong; {@code entry} is the sequence number it names (-1 when it names none). */
    public record Problem(long entry, String description) {
        @Override
        public String toString() {
            return "INVALID " + description;
        }
    }

    /** A receipt to check against the log, with the name it is reported by (its file name). */
    public record NamedReceipt(String name, Receipt receipt) {
    }

    /** What was verified; {@link #problem()} is null when the log holds. */
    public record Report(Problem problem, long entries, HashAlgorithm hash, String root, int checkpoints,
                         long signedSize, Map<String, Integer> keysUsed, boolean trustedCheckpointMatched,
                         int receipts, List<String> warnings, long nanos) {

        public boolean valid() {
            return problem == null;
        }

        public double entriesPerSecond() {
            return nanos == 0 ? 0 : entries * 1e9 / nanos;
        }
    }

    private enum Kind { EXPORTED, TRUSTED, RECEIPT }

    /** A signed checkpoint and where it came from, for messages. */
    private record Signed(Checkpoint checkpoint, Kind kind, String source) {
        long size() {
            return checkpoint.treeSize();
        }

        String label() {
            return switch (kind) {
                case EXPORTED -> "the signed checkpoint of size " + size() + " (" + source + ")";
                case TRUSTED -> "the trusted checkpoint of size " + size() + " (" + source + ")";
                case RECEIPT -> "the checkpoint of size " + size() + " in receipt " + source;
            };
        }
    }

    private final Keyring keys;
    private Checkpoint trusted;
    private String trustedSource = "trusted checkpoint";
    private final List<NamedReceipt> receipts = new ArrayList<>();
    private int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
    private int chunkBytes = EntryScan.CHUNK_BYTES;

    public LogVerifier(Keyring keys) {
        this.keys = keys;
    }

    /** A checkpoint saved earlier (e.g. from a previous audit) that the log must still be consistent with. */
    public LogVerifier trusted(Checkpoint checkpoint, String source) {
        this.trusted = checkpoint;
        this.trustedSource = source;
        return this;
    }

    public LogVerifier receipt(String name, Receipt receipt) {
        receipts.add(new NamedReceipt(name, receipt));
        return this;
    }

    /** Worker threads that parse and hash lines; 0 does everything on the calling thread. */
    public LogVerifier threads(int threads) {
        this.threads = threads;
        return this;
    }

    /** Bytes read per chunk of lines; tests make it small to put chunk boundaries everywhere. */
    LogVerifier chunkBytes(int chunkBytes) {
        this.chunkBytes = chunkBytes;
        return this;
    }

    /**
     * Verifies the export in {@code dir}. Throws {@link IOException} only when the export cannot be read (a missing
     * file); everything in it that is wrong is a {@link Problem} in the report.
     */
    public Report verify(Path dir) throws IOException {
        long started = System.nanoTime();
        Path entriesFile = dir.resolve(LogExport.ENTRIES);
        if (!Files.isRegularFile(entriesFile)) {
            throw new NoSuchFileException(entriesFile.toString(), null, "not an export: it has no " + LogExport.ENTRIES);
        }
        if (!Files.isRegularFile(dir.resolve(LogExport.CHECKPOINTS))) {
            throw new NoSuchFileException(dir.resolve(LogExport.CHECKPOINTS).toString(), null,
                    "not an export: it has no " + LogExport.CHECKPOINTS);
        }
        List<Problem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Signed> statements = new ArrayList<>();

        List<String> lines = LogExport.readCheckpointLines(dir);
        int exported = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String source = LogExport.CHECKPOINTS + " line " + (i + 1);
            try {
                Checkpoint checkpoint = Checkpoint.parse(lines.get(i));
                if (!checkpoint.toJson().equals(lines.get(i))) {
                    problems.add(new Problem(checkpoint.treeSize() - 1, "checkpoint of size " + checkpoint.treeSize()
                            + " (" + source + "): not in canonical JSON form"));
                }
                statements.add(new Signed(checkpoint, Kind.EXPORTED, source));
                exported++;
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(-1, source + ": not a checkpoint: " + e.getMessage()));
            }
        }
        if (trusted != null) {
            statements.add(new Signed(trusted, Kind.TRUSTED, trustedSource));
        }
        for (NamedReceipt r : receipts) {
            statements.add(new Signed(r.receipt().checkpoint(), Kind.RECEIPT, r.name()));
        }

        // Signatures first: only what a trusted key signed is compared with the log.
        Map<String, Integer> keysUsed = new LinkedHashMap<>();
        List<Signed> valid = new ArrayList<>();
        for (Signed s : statements) {
            String problem = s.checkpoint().signatureProblem(keys);
            if (problem != null) {
                problems.add(new Problem(s.size() - 1, capitalizeLabel(s) + ": " + problem));
            } else {
                valid.add(s);
                if (s.kind() == Kind.EXPORTED) {
                    keysUsed.merge(s.checkpoint().sigAlg() + " " + s.checkpoint().keyId(), 1, Integer::sum);
                }
            }
        }

        HashAlgorithm hash = chooseHash(dir, valid, problems, warnings);
        checkOrigin(dir, valid, problems, warnings);
        checkForks(valid, problems);

        TreeMap<Long, List<Signed>> expected = new TreeMap<>();
        for (Signed s : valid) {
            expected.computeIfAbsent(s.size(), k -> new ArrayList<>()).add(s);
        }
        TreeMap<Long, List<NamedReceipt>> receiptEntries = new TreeMap<>();
        for (NamedReceipt r : receipts) {
            String problem;
            try {
                problem = r.receipt().problem(keys);
            } catch (RuntimeException e) {
                problem = "it is malformed: " + e.getMessage();
            }
            Object seq = r.receipt().entry().get("seq");
            long named = seq instanceof Long l ? l : -1;
            if (problem != null) {
                problems.add(new Problem(named, "receipt " + r.name() + " for entry " + named + ": " + problem));
            } else {
                receiptEntries.computeIfAbsent(named, k -> new ArrayList<>()).add(r);
            }
        }

        Pass pass = new Pass(hash, expected, receiptEntries);
        // Entries past a problem already known cannot name a lower one: no need to read them.
        pass.horizon = problems.stream().mapToLong(Problem::entry).min().orElse(Long.MAX_VALUE);
        pass.run(entriesFile, threads, chunkBytes);
        if (pass.problem != null) {
            problems.add(pass.problem);
        } else if (!pass.cutShort) {
            long size = pass.size;
            for (Map.Entry<Long, List<Signed>> beyond : expected.tailMap(size, false).entrySet()) {
                Signed s = beyond.getValue().get(0);
                problems.add(new Problem(size, "entry " + size + ": missing — the log ends after " + size
                        + " entries, but " + s.label() + " covers entries 0.." + (s.size() - 1)
                        + " (the log was truncated)"));
                break;
            }
            for (Map.Entry<Long, List<NamedReceipt>> beyond : receiptEntries.tailMap(size, true).entrySet()) {
                problems.add(new Problem(beyond.getKey(), "entry " + beyond.getKey() + ": missing from the log, "
                        + "which ends after " + size + " entries, but receipt " + beyond.getValue().get(0).name()
                        + " proves it was logged"));
                break;
            }
        }

        long signedSize = 0;
        for (Signed s : valid) {
            if (s.kind() != Kind.RECEIPT && s.size() <= pass.size) {
                signedSize = Math.max(signedSize, s.size());
            }
        }
        if (pass.problem == null && signedSize < pass.size) {
            warnings.add(signedSize == 0 && pass.size > 0
                    ? "no signed checkpoint covers this log: only its hash chain was checked"
                    : "entries " + signedSize + ".." + (pass.size - 1) + " are after the latest signed checkpoint: "
                    + "only their hash chain was checked");
        }
        Problem first = problems.stream().min(Comparator.comparingLong(Problem::entry)).orElse(null);
        return new Report(first, pass.size, hash, pass.size == 0 ? Hex.encode(hash.emptyRoot()) : pass.root(),
                exported, signedSize, keysUsed, trusted != null && first == null, receipts.size(), warnings,
                System.nanoTime() - started);
    }

    private static String capitalizeLabel(Signed s) {
        String label = s.label();
        return label.startsWith("the ") ? label.substring(4) : label;
    }

    private static HashAlgorithm chooseHash(Path dir, List<Signed> valid, List<Problem> problems,
                                            List<String> warnings) {
        HashAlgorithm chosen = null;
        Signed chosenBy = null;
        for (Signed s : valid) {
            HashAlgorithm h;
            try {
                h = HashAlgorithm.fromId(s.checkpoint().hashAlg());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(s.size() - 1, capitalizeLabel(s) + ": " + e.getMessage()));
                continue;
            }
            if (chosen == null) {
                chosen = h;
                chosenBy = s;
            } else if (h != chosen) {
                problems.add(new Problem(s.size() - 1, capitalizeLabel(s) + ": its hash algorithm is " + h.id()
                        + ", but " + chosenBy.label() + " says " + chosen.id()));
            }
        }
        LogExport.Info info = readInfoQuietly(dir, warnings);
        if (info != null && info.hashAlg() != null) {
            if (chosen == null) {
                try {
                    return HashAlgorithm.fromId(info.hashAlg());
                } catch (IllegalArgumentException e) {
                    warnings.add(LogExport.INFO + ": " + e.getMessage() + "; assuming sm3");
                }
            } else if (!chosen.id().equalsIgnoreCase(info.hashAlg())) {
                warnings.add(LogExport.INFO + " says hashAlg " + info.hashAlg() + ", the signed checkpoints say "
                        + chosen.id() + " (used)");
            }
        }
        return chosen == null ? HashAlgorithm.SM3 : chosen;
    }

    private static void checkOrigin(Path dir, List<Signed> valid, List<Problem> problems, List<String> warnings) {
        Signed reference = valid.stream().filter(s -> s.kind() == Kind.TRUSTED).findFirst()
                .orElse(valid.isEmpty() ? null : valid.get(0));
        if (reference == null) {
            return;
        }
        String origin = reference.checkpoint().origin();
        for (Signed s : valid) {
            if (!s.checkpoint().origin().equals(origin)) {
                problems.add(new Problem(s.size() - 1, capitalizeLabel(s) + ": it is for the log '"
                        + s.checkpoint().origin() + "', but " + reference.label() + " is for '" + origin + "'"));
            }
        }
        LogExport.Info info = readInfoQuietly(dir, new ArrayList<>());
        if (info != null && info.origin() != null && !info.origin().equals(origin)) {
            warnings.add(LogExport.INFO + " names the log '" + info.origin() + "', the signed checkpoints '"
                    + origin + "'");
        }
    }

    private static LogExport.Info readInfoQuietly(Path dir, List<String> warnings) {
        try {
            return LogExport.readInfo(dir);
        } catch (IOException | IllegalArgumentException e) {
            warnings.add(LogExport.INFO + " is unreadable (" + e.getMessage() + "); it is informational only");
            return null;
        }
    }

    /**
     * Two exported checkpoints of one size, both signed by trusted keys, with different roots: the log showed two
     * histories. (A saved checkpoint or a receipt that disagrees is reported against the log's own root instead, which
     * says more: the log was rewritten after it.)
     */
    private static void checkForks(List<Signed> valid, List<Problem> problems) {
        Map<Long, Signed> bySize = new TreeMap<>();
        for (Signed s : valid) {
            if (s.kind() != Kind.EXPORTED) {
                continue;
            }
            Signed other = bySize.putIfAbsent(s.size(), s);
            if (other != null && !other.checkpoint().rootHash().equals(s.checkpoint().rootHash())) {
                problems.add(new Problem(s.size() - 1, "fork at size " + s.size() + " (entries 0.." + (s.size() - 1)
                        + "): " + other.label() + " has root " + other.checkpoint().rootHash() + ", " + s.label()
                        + " has root " + s.checkpoint().rootHash() + " — both signed by trusted keys"));
            }
        }
    }

    /** The sequential half: seq, the hash chain, the tree, and comparisons at signed sizes and receipt entries. */
    private static final class Pass {
        private final HashAlgorithm hash;
        private final TreeMap<Long, List<Signed>> expected;
        private final TreeMap<Long, List<NamedReceipt>> receiptEntries;
        private final EntryScan.Edge range;
        /** The tree before the entry ahead of a chain break. */
        private final EntryScan.Edge beforeBreak;
        private final byte[] prevLeafHex;
        private final byte[] prevPrev = new byte[64];
        private final byte[] lastLeaf = new byte[32];
        private byte[] lastPrevField = new byte[64];
        private int lastPrevLength;
        private long nextExpected;
        private long nextReceipt;
        private long lastMatched;
        private long size;
        private Problem problem;
        /** A problem found at {@link #pendingAt} whose entry depends on the next line. */
        private Pending pending;
        private long pendingAt;
        private boolean stopped;
        private long horizon = Long.MAX_VALUE;
        private boolean cutShort;

        private enum Pending { CHAIN_BREAK, SECOND_SEQ }

        Pass(HashAlgorithm hash, TreeMap<Long, List<Signed>> expected,
             TreeMap<Long, List<NamedReceipt>> receiptEntries) {
            this.hash = hash;
            this.expected = expected;
            this.receiptEntries = receiptEntries;
            this.range = new EntryScan.Edge(hash);
            this.beforeBreak = new EntryScan.Edge(hash);
            this.prevLeafHex = LogEntry.genesisPrev(hash).getBytes(StandardCharsets.US_ASCII);
            this.nextExpected = nextKey(expected, -1);
            this.nextReceipt = nextKey(receiptEntries, -1);
        }

        String root() {
            return Hex.encode(range.root());
        }

        void run(Path file, int threads, int chunkBytes) throws IOException {
            checkRootsAt(0);
            ExecutorService pool = threads > 0 ? Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "audit-verifier-scan");
                t.setDaemon(true);
                return t;
            }) : null;
            ThreadLocal<EntryScan.Hasher> hashers = ThreadLocal.withInitial(() -> EntryScan.Hasher.of(hash));
            try (InputStream in = Files.newInputStream(file)) {
                reader = new EntryScan.Reader(in, chunkBytes);
                Deque<Future<EntryScan.Chunk>> inFlight = new ArrayDeque<>();
                EntryScan.Chunk chunk;
                while (!stopped && (chunk = reader.next()) != null) {
                    if (pool == null) {
                        consume(EntryScan.scan(chunk, hashers.get()));
                        continue;
                    }
                    EntryScan.Chunk read = chunk;
                    inFlight.add(pool.submit(() -> EntryScan.scan(read, hashers.get())));
                    if (inFlight.size() > threads + 1) {
                        consume(await(inFlight.poll()));
                    }
                }
                while (!stopped && !inFlight.isEmpty()) {
                    consume(await(inFlight.poll()));
                }
                inFlight.forEach(f -> f.cancel(true));
            } finally {
                if (pool != null) {
                    pool.shutdownNow();
                }
            }
            if (!stopped && pending != null) {
                resolvePending(null, -1);
            }
        }

        private static EntryScan.Chunk await(Future<EntryScan.Chunk> future) throws IOException {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("scanning entries failed", e.getCause());
            }
        }

        private void fail(long entry, String description) {
            if (problem == null) {
                problem = new Problem(entry, description);
            }
            stopped = true;
        }

        private EntryScan.Reader reader;

        private void consume(EntryScan.Chunk chunk) {
            for (int i = 0; i < chunk.count && !stopped; i++) {
                line(chunk, i);
            }
            reader.recycle(chunk);
        }

        private void line(EntryScan.Chunk c, int i) {
            long k = size;
            if (pending == null && k > horizon) {
                cutShort = true;
                stopped = true;
                return;
            }
            if (c.problems != null && c.problems[i] != null) {
                if (pending != null) {
                    resolvePending(null, -1);
                } else {
                    fail(k, "entry " + k + ": line " + (k + 1) + " of " + LogExport.ENTRIES + " " + c.problems[i]);
                }
                return;
            }
            long seq = c.seqs[i];
            if (pending != null) {
                resolvePending(c, i);
                return;
            }
            int leaf = i * 32;
            if (seq != k) {
                if (c.prevEquals(i, prevLeafHex)) {
                    fail(k, "entry " + k + ": changed — its seq says " + seq + ", but it is at position " + k
                            + " and records the hash of entry " + (k - 1));
                } else if (seq > k) {
                    fail(k, "entry " + k + ": missing — position " + k + " holds entry " + seq
                            + " (entries were deleted or reordered)");
                } else if (seq == k - 1 && Arrays.equals(c.leaves, leaf, leaf + 32, lastLeaf, 0, 32)) {
                    fail(k, "entry " + k + ": position " + k + " repeats entry " + seq + " (an entry was duplicated)");
                } else if (seq == k - 1) {
                    pending = Pending.SECOND_SEQ;
                    pendingAt = k;
                    advance(c, i, leaf);
                } else {
                    fail(k, "entry " + k + ": position " + k + " holds entry " + seq + ", which came earlier "
                            + "(entries were inserted or reordered)");
                }
                return;
            }
            if (!c.prevEquals(i, prevLeafHex)) {
                if (k > 0 && Arrays.equals(c.prev(i), 0, c.prev(i).length, lastPrevField, 0, lastPrevLength)) {
                    fail(k - 1, "entry " + (k - 1) + ": not part of the chain — entries " + (k - 1) + " and " + k
                            + " both record the hash of entry " + (k - 2) + " (an entry was inserted at position "
                            + (k - 1) + ")");
                    return;
                }
                pending = Pending.CHAIN_BREAK;
                pendingAt = k;
                if (k > 0) {
                    beforeBreak.copyBeforeLastAppend(range);
                }
                advance(c, i, leaf);
                return;
            }
            advance(c, i, leaf);
            checkRootsAt(size);
            if (k == nextReceipt) {
                checkReceipts(c, i, k);
            }
        }

        private void advance(EntryScan.Chunk c, int i, int leaf) {
            System.arraycopy(prevLeafHex, 0, prevPrev, 0, 64);
            encodeHex(c.leaves, leaf, prevLeafHex);
            System.arraycopy(c.leaves, leaf, lastLeaf, 0, 32);
            lastPrevLength = c.copyPrev(i, lastPrevField);
            if (lastPrevLength < 0) {
                lastPrevField = c.prev(i);
                lastPrevLength = lastPrevField.length;
            }
            range.append(c.leaves, leaf);
            size++;
        }

        /**
         * Decides which entry a problem at {@code pendingAt = k} names, from line k+1 (null at the end or when line
         * k+1 is itself unreadable). The entry at k+1 records the hash of the genuine entry before it.
         */
        private void resolvePending(EntryScan.Chunk next, int i) {
            long k = pendingAt;
            boolean nextRecordsK = next != null && next.prevEquals(i, prevLeafHex);
            boolean nextRecordsKMinus1 = next != null && next.prevEquals(i, prevPrev);
            if (pending == Pending.CHAIN_BREAK) {
                if (next == null && expected.containsKey(k + 1)) {
                    // The last entry: no successor tells which side changed, but the signed root does. Had only
                    // entry k-1 changed, its original hash is the one entry k records, and that gives the signed root.
                    String alternative = rootWithRecordedHash(k);
                    if (expected.get(k + 1).stream().anyMatch(e -> e.checkpoint().rootHash().equals(alternative))) {
                        fail(k - 1, "entry " + (k - 1) + ": its contents do not match the hash entry " + k
                                + " records");
                    } else {
                        fail(k, "entry " + k + ": changed — its prev does not match the hash of entry " + (k - 1)
                                + ", which the signed checkpoint of size " + (k + 1) + " confirms");
                    }
                } else if (next != null && !nextRecordsK) {
                    fail(k, "entry " + k + ": changed — its prev does not match the hash of entry " + (k - 1)
                            + ", and its contents do not match the hash entry " + (k + 1) + " records");
                } else {
                    fail(k - 1, "entry " + (k - 1) + ": its contents do not match the hash entry " + k + " records"
                            + (next == null ? " (or the prev field of entry " + k + " was changed)" : ""));
                }
            } else {
                if (nextRecordsKMinus1) {
                    fail(k, "entry " + k + ": position " + k + " holds a second entry " + (k - 1)
                            + ", not in the chain (an entry was inserted at position " + k + ")");
                } else {
                    fail(k - 1, "entry " + (k - 1) + ": two different entries claim seq " + (k - 1) + ", at positions "
                            + (k - 1) + " and " + k + (nextRecordsK ? "; the one at " + (k - 1)
                            + " is not in the chain" : "") + " (an entry was inserted at position " + (k - 1) + ")");
                }
            }
        }

        /** The root at size k+1 if entry k-1's hash were the one entry k records (its prev). */
        private String rootWithRecordedHash(long k) {
            byte[] recorded;
            try {
                recorded = Hex.decode(new String(lastPrevField, 0, lastPrevLength, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException notHex) {
                return "";
            }
            if (recorded.length != 32) {
                return "";
            }
            EntryScan.Edge alternative = new EntryScan.Edge(hash);
            alternative.copyFrom(beforeBreak);
            alternative.append(recorded, 0);
            alternative.append(lastLeaf, 0);
            return Hex.encode(alternative.root());
        }

        private void checkRootsAt(long n) {
            if (n != nextExpected) {
                return;
            }
            String root = Hex.encode(range.root());
            for (Signed s : expected.get(n)) {
                if (!root.equals(s.checkpoint().rootHash())) {
                    String what = switch (s.kind()) {
                        case EXPORTED -> n - lastMatched == 1
                                ? "entry " + (n - 1) + " was changed"
                                : "entry " + (n - 1) + " was changed, or entries " + lastMatched + ".." + (n - 1)
                                  + " were rewritten with a recomputed chain";
                        case TRUSTED -> "the log was rewritten after the trusted checkpoint was saved";
                        case RECEIPT -> "the log was rewritten after the receipt was issued";
                    };
                    fail(n - 1, (s.kind() == Kind.EXPORTED ? "entry " + (n - 1) : "entries 0.." + (n - 1))
                            + ": the Merkle root of entries 0.." + (n - 1) + " is " + root + ", but " + s.label()
                            + " signs " + s.checkpoint().rootHash() + " (" + what + ")");
                    return;
                }
            }
            lastMatched = n;
            nextExpected = nextKey(expected, n);
        }

        private void checkReceipts(EntryScan.Chunk c, int i, long k) {
            for (NamedReceipt r : receiptEntries.get(k)) {
                byte[] issued = Json.canonical(r.receipt().entry()).getBytes(StandardCharsets.UTF_8);
                if (!c.lineEquals(i, issued)) {
                    fail(k, "entry " + k + ": differs from the entry in receipt " + r.name()
                            + " (the log's entry was changed after the receipt was issued)");
                    return;
                }
            }
            nextReceipt = nextKey(receiptEntries, k);
        }

        private static long nextKey(TreeMap<Long, ?> map, long after) {
            Long key = map.higherKey(after);
            return key == null ? -1 : key;
        }

        private static final byte[] DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

        private static void encodeHex(byte[] bytes, int offset, byte[] out) {
            for (int j = 0; j < 32; j++) {
                byte b = bytes[offset + j];
                out[2 * j] = DIGITS[(b >> 4) & 0xf];
                out[2 * j + 1] = DIGITS[b & 0xf];
            }
        }
    }
}

package org.socorg.auditlog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The parallel half of verifying {@code entries.jsonl}: splitting it into chunks of whole lines, and for each line
 * checking it is a canonical, well-formed entry and computing its leaf hash. Lines are independent, so chunks are
 * scanned on worker threads; the hash chain and the tree, which are sequential, are the caller's.
 *
 * <p>Most lines take a fast path that checks the canonical form on the bytes (sorted known keys, plain ASCII strings, a
 * canonical integer seq) without building a map. Any line it does not accept goes to the reference path —
 * {@link Json#parseObject}, {@link Json#canonical}, {@link LogEntry#shapeProblem} — which accepts or rejects it with
 * the reason, so the fast path can only be faster, never more lenient.
 */
final class EntryScan {

    static final int CHUNK_BYTES = 1 << 22;

    private static final byte[][] KEYS;
    private static final int SEQ;
    private static final int PREV;
    private static final int REQUIRED_MASK;

    static {
        String[] keys = Stream.concat(LogEntry.REQUIRED.stream(), LogEntry.OPTIONAL.stream())
                .sorted().toArray(String[]::new);
        KEYS = new byte[keys.length][];
        int required = 0;
        for (int i = 0; i < keys.length; i++) {
            KEYS[i] = keys[i].getBytes(StandardCharsets.US_ASCII);
            if (LogEntry.REQUIRED.contains(keys[i])) {
                required |= 1 << i;
            }
        }
        SEQ = Arrays.asList(keys).indexOf("seq");
        PREV = Arrays.asList(keys).indexOf("prev");
        REQUIRED_MASK = required;
    }

    private EntryScan() {
    }

    /** A run of whole lines of the file and, once scanned, what each line holds. */
    static final class Chunk {
        final byte[] data;
        final int length;
        int count;
        int[] starts;
        int[] ends;
        long[] seqs;
        int[] prevStarts;
        int[] prevEnds;
        byte[] leaves;
        String[] problems;
        byte[][] slowPrevs;

        Chunk(byte[] data, int length) {
            this.data = data;
            this.length = length;
        }

        /** The line's prev field as bytes compared against the previous leaf hash in hex. */
        boolean prevEquals(int i, byte[] hex) {
            if (slowPrevs != null && slowPrevs[i] != null) {
                return Arrays.equals(slowPrevs[i], hex);
            }
            return Arrays.equals(data, prevStarts[i], prevEnds[i], hex, 0, hex.length);
        }

        byte[] prev(int i) {
            if (slowPrevs != null && slowPrevs[i] != null) {
                return slowPrevs[i];
            }
            return Arrays.copyOfRange(data, prevStarts[i], prevEnds[i]);
        }

        /** Copies the prev field into {@code out} and returns its length, or -1 when it does not fit. */
        int copyPrev(int i, byte[] out) {
            if (slowPrevs != null && slowPrevs[i] != null) {
                byte[] prev = slowPrevs[i];
                if (prev.length > out.length) {
                    return -1;
                }
                System.arraycopy(prev, 0, out, 0, prev.length);
                return prev.length;
            }
            int length = prevEnds[i] - prevStarts[i];
            if (length > out.length) {
                return -1;
            }
            System.arraycopy(data, prevStarts[i], out, 0, length);
            return length;
        }

        String line(int i) {
            return new String(data, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
        }

        boolean lineEquals(int i, byte[] other) {
            return Arrays.equals(data, starts[i], ends[i], other, 0, other.length);
        }
    }

    /** Reads whole lines in chunks of about {@link #CHUNK_BYTES}; the last line may lack its newline. */
    static final class Reader {
        private final InputStream in;
        private final int chunkBytes;
        private byte[] carry = new byte[0];
        private int carryLength;
        private boolean eof;
        private final ArrayDeque<byte[]> free = new ArrayDeque<>();

        Reader(InputStream in, int chunkBytes) {
            this.in = in;
            this.chunkBytes = chunkBytes;
        }

        Chunk next() throws IOException {
            if (eof && carryLength == 0) {
                return null;
            }
            byte[] buf = free.poll();
            if (buf == null || buf.length < Math.max(chunkBytes, carryLength * 2)) {
                buf = new byte[Math.max(chunkBytes, carryLength * 2)];
            }
            System.arraycopy(carry, 0, buf, 0, carryLength);
            int n = carryLength;
            carryLength = 0;
            while (true) {
                while (n < buf.length && !eof) {
                    int read = in.read(buf, n, buf.length - n);
                    if (read < 0) {
                        eof = true;
                    } else {
                        n += read;
                    }
                }
                int end = n;
                while (end > 0 && buf[end - 1] != '\n') {
                    end--;
                }
                if (end > 0) {
                    carryLength = n - end;
                    if (carry.length < carryLength) {
                        carry = new byte[carryLength];
                    }
                    System.arraycopy(buf, end, carry, 0, carryLength);
                    return new Chunk(buf, end);
                }
                if (eof) {
                    return n == 0 ? null : new Chunk(buf, n);
                }
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
        }

        /** Gives back the buffer of a chunk that is done with, so reading allocates no more. */
        void recycle(Chunk chunk) {
            if (free.size() < 8) {
                free.add(chunk.data);
            }
        }
    }

    /**
     * Leaf hashes {@code H(0x00 || line)} and node hashes {@code H(0x01 || left || right)} into given buffers, reusing
     * one digest: the same values as {@link HashAlgorithm#leafHash} and {@link HashAlgorithm#nodeHash}, without an
     * allocation per hash. One per thread.
     */
    interface Hasher {
        void leaf(byte[] data, int offset, int length, byte[] out, int outOffset);

        /** {@code out} may be {@code left} or {@code right}. */
        void node(byte[] left, byte[] right, byte[] out);

        static Hasher of(HashAlgorithm hash) {
            if (hash == HashAlgorithm.SM3) {
                SM3Digest digest = new SM3Digest();
                return new Hasher() {
                    @Override
                    public void leaf(byte[] data, int offset, int length, byte[] out, int outOffset) {
                        digest.update((byte) 0);
                        digest.update(data, offset, length);
                        digest.doFinal(out, outOffset);
                    }

                    @Override
                    public void node(byte[] left, byte[] right, byte[] out) {
                        digest.update((byte) 1);
                        digest.update(left, 0, 32);
                        digest.update(right, 0, 32);
                        digest.doFinal(out, 0);
                    }
                };
            }
            MessageDigest digest;
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            return new Hasher() {
                @Override
                public void leaf(byte[] data, int offset, int length, byte[] out, int outOffset) {
                    digest.update((byte) 0);
                    digest.update(data, offset, length);
                    finish(out, outOffset);
                }

                @Override
                public void node(byte[] left, byte[] right, byte[] out) {
                    digest.update((byte) 1);
                    digest.update(left, 0, 32);
                    digest.update(right, 0, 32);
                    finish(out, 0);
                }

                private void finish(byte[] out, int offset) {
                    try {
                        digest.digest(out, offset, 32);
                    } catch (DigestException e) {
                        throw new IllegalStateException(e);
                    }
                }
            };
        }
    }

    /**
     * {@link CompactRange} without allocation: the right edge in preallocated slots, merged in place. Gives the same
     * roots; the verifier needs no completed-node callback, so it can skip CompactRange's node objects.
     */
    static final class Edge {
        private final HashAlgorithm hash;
        private final Hasher hasher;
        private final byte[][] slots = new byte[64][32];
        private final byte[] carry = new byte[32];
        private final byte[] overwritten = new byte[32];
        private int count;
        private int countBefore;
        private long size;

        Edge(HashAlgorithm hash) {
            this.hash = hash;
            this.hasher = Hasher.of(hash);
        }

        void append(byte[] leaves, int offset) {
            countBefore = count;
            System.arraycopy(leaves, offset, carry, 0, 32);
            for (int level = 0; ((size >>> level) & 1) == 1; level++) {
                hasher.node(slots[--count], carry, carry);
            }
            // merged slots stay in the array; only this one is overwritten: keep it to restore the edge before
            System.arraycopy(slots[count], 0, overwritten, 0, 32);
            System.arraycopy(carry, 0, slots[count++], 0, 32);
            size++;
        }

        /** Becomes {@code other} as it was before its last append (other must have had one). */
        void copyBeforeLastAppend(Edge other) {
            for (int i = 0; i < other.countBefore; i++) {
                System.arraycopy(i == other.count - 1 ? other.overwritten : other.slots[i], 0, slots[i], 0, 32);
            }
            count = other.countBefore;
            size = other.size - 1;
        }

        /** Becomes a copy of {@code other}, without allocating. */
        void copyFrom(Edge other) {
            for (int i = 0; i < other.count; i++) {
                System.arraycopy(other.slots[i], 0, slots[i], 0, 32);
            }
            count = other.count;
            size = other.size;
        }

        byte[] root() {
            if (count == 0) {
                return hash.emptyRoot();
            }
            byte[] root = slots[count - 1].clone();
            for (int i = count - 2; i >= 0; i--) {
                hasher.node(slots[i], root, root);
            }
            return root;
        }
    }

    /** Splits {@code chunk} into lines, checks each and computes its leaf hash. */
    static Chunk scan(Chunk chunk, Hasher hasher) {
        byte[] b = chunk.data;
        int lines = 0;
        for (int i = 0; i < chunk.length; i++) {
            if (b[i] == '\n') {
                lines++;
            }
        }
        if (chunk.length > 0 && b[chunk.length - 1] != '\n') {
            lines++;
        }
        chunk.count = lines;
        chunk.starts = new int[lines];
        chunk.ends = new int[lines];
        chunk.seqs = new long[lines];
        chunk.prevStarts = new int[lines];
        chunk.prevEnds = new int[lines];
        chunk.leaves = new byte[lines * 32];
        int start = 0;
        for (int line = 0; line < lines; line++) {
            int end = start;
            while (end < chunk.length && b[end] != '\n') {
                end++;
            }
            chunk.starts[line] = start;
            chunk.ends[line] = end;
            if (!fastCheck(chunk, line, start, end)) {
                slowCheck(chunk, line, start, end);
            }
            hasher.leaf(b, start, end - start, chunk.leaves, line * 32);
            start = end + 1;
        }
        return chunk;
    }

    /** True when the line is certainly canonical and well-formed; then its seq and prev are recorded. */
    static boolean fastCheck(Chunk chunk, int line, int s, int e) {
        byte[] b = chunk.data;
        if (e - s < 2 || b[s] != '{' || b[e - 1] != '}') {
            return false;
        }
        int p = s + 1;
        int nextKey = 0;
        int seen = 0;
        long seq = -1;
        int prevStart = -1;
        int prevEnd = -1;
        while (true) {
            if (p >= e || b[p] != '"') {
                return false;
            }
            int keyStart = ++p;
            while (p < e && b[p] != '"') {
                p++;
            }
            if (p >= e) {
                return false;
            }
            int keyEnd = p++;
            while (nextKey < KEYS.length
                    && !Arrays.equals(KEYS[nextKey], 0, KEYS[nextKey].length, b, keyStart, keyEnd)) {
                nextKey++;
            }
            if (nextKey == KEYS.length) {
                return false;
            }
            int field = nextKey++;
            seen |= 1 << field;
            if (p >= e || b[p++] != ':') {
                return false;
            }
            if (field == SEQ) {
                int digits = p;
                if (p < e && b[p] == '0') {
                    p++;
                } else {
                    while (p < e && b[p] >= '0' && b[p] <= '9') {
                        p++;
                    }
                }
                if (p == digits || p - digits > 18) {
                    return false;
                }
                seq = 0;
                for (int i = digits; i < p; i++) {
                    seq = seq * 10 + (b[i] - '0');
                }
            } else {
                if (p >= e || b[p++] != '"') {
                    return false;
                }
                int valueStart = p;
                while (p < e) {
                    byte c = b[p];
                    if (c == '"') {
                        break;
                    }
                    if (c < 0x20 || c == '\\') {
                        return false;
                    }
                    p++;
                }
                if (p >= e) {
                    return false;
                }
                if (field == PREV) {
                    prevStart = valueStart;
                    prevEnd = p;
                }
                p++;
            }
            if (p >= e) {
                return false;
            }
            if (b[p] == ',') {
                p++;
                continue;
            }
            if (b[p] == '}' && p == e - 1 && (seen & REQUIRED_MASK) == REQUIRED_MASK) {
                chunk.seqs[line] = seq;
                chunk.prevStarts[line] = prevStart;
                chunk.prevEnds[line] = prevEnd;
                return true;
            }
            return false;
        }
    }

    /** The reference check: parse, compare with the canonical form, check the shape. */
    static void slowCheck(Chunk chunk, int line, int s, int e) {
        String problem;
        Map<String, Object> entry = null;
        String text = new String(chunk.data, s, e - s, StandardCharsets.UTF_8);
        try {
            entry = Json.parseObject(text);
            byte[] canonical = Json.canonical(entry).getBytes(StandardCharsets.UTF_8);
            if (!Arrays.equals(canonical, 0, canonical.length, chunk.data, s, e)) {
                problem = "is not in canonical JSON form (RFC 8785)" + firstDifference(canonical, chunk.data, s, e);
            } else {
                String shape = LogEntry.shapeProblem(entry);
                problem = shape == null ? null : "is not a well-formed entry: it " + shape;
            }
        } catch (IllegalArgumentException notJson) {
            problem = e == s ? "is an empty line" : "is not JSON: " + notJson.getMessage();
        }
        if (problem != null) {
            if (chunk.problems == null) {
                chunk.problems = new String[chunk.count];
            }
            chunk.problems[line] = problem;
            return;
        }
        if (chunk.slowPrevs == null) {
            chunk.slowPrevs = new byte[chunk.count][];
        }
        chunk.seqs[line] = (Long) entry.get("seq");
        chunk.slowPrevs[line] = ((String) entry.get("prev")).getBytes(StandardCharsets.UTF_8);
    }

    private static String firstDifference(byte[] canonical, byte[] data, int s, int e) {
        int i = Arrays.mismatch(canonical, 0, canonical.length, data, s, e);
        return i < 0 ? "" : " from byte " + i + " of the line";
    }
}

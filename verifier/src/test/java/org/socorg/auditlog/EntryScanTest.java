package org.socorg.auditlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast line check never accepts what the reference check rejects, and chunking never changes a verdict. */
class EntryScanTest {

    private static final HashAlgorithm SM3 = HashAlgorithm.SM3;

    private static EntryScan.Chunk chunkOf(String line) {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        EntryScan.Chunk chunk = new EntryScan.Chunk(bytes, bytes.length);
        return EntryScan.scan(chunk, EntryScan.Hasher.of(SM3));
    }

    /** What the reference path says about a line: null when it is a canonical, well-formed entry. */
    private static String reference(byte[] line) {
        EntryScan.Chunk chunk = new EntryScan.Chunk(line, line.length);
        chunk.count = 1;
        chunk.seqs = new long[1];
        EntryScan.slowCheck(chunk, 0, 0, line.length);
        return chunk.problems == null ? null : chunk.problems[0];
    }

    private static boolean fast(byte[] line) {
        EntryScan.Chunk chunk = new EntryScan.Chunk(line, line.length);
        chunk.count = 1;
        chunk.seqs = new long[1];
        chunk.prevStarts = new int[1];
        chunk.prevEnds = new int[1];
        return EntryScan.fastCheck(chunk, 0, 0, line.length);
    }

    @Test
    void the_fast_check_accepts_only_lines_the_reference_check_accepts() {
        Random random = new Random(6962);
        byte[] alphabet = "{}[]\":,\\ 0123456789-.eEabcdefnulltrsq\u00e9\t\r".getBytes(StandardCharsets.UTF_8);
        int accepted = 0;
        for (int n = 0; n < 20_000; n++) {
            long seq = random.nextInt(1000);
            byte[] line = Json.canonical(TestLog.entry(SM3, seq, LogEntry.genesisPrev(SM3), false))
                    .getBytes(StandardCharsets.UTF_8);
            int edits = 1 + random.nextInt(2);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(line.length);
                switch (random.nextInt(3)) {
                    case 0 -> line[at] = alphabet[random.nextInt(alphabet.length)];
                    case 1 -> line = concat(Arrays.copyOf(line, at), Arrays.copyOfRange(line, at + 1, line.length));
                    default -> line = concat(Arrays.copyOf(line, at),
                            new byte[] {alphabet[random.nextInt(alphabet.length)]},
                            Arrays.copyOfRange(line, at, line.length));
                }
            }
            if (fast(line)) {
                accepted++;
                assertThat(reference(line)).as(new String(line, StandardCharsets.UTF_8)).isNull();
            }
        }
        assertThat(accepted).as("some mutations stay canonical (a changed digit)").isGreaterThan(100);
    }

    @Test
    void the_fast_check_leaves_escapes_and_non_ascii_to_the_reference_check() {
        String base = Json.canonical(TestLog.entry(SM3, 5, LogEntry.genesisPrev(SM3), false));
        String escaped = base.replace("\"approved\"", "\"appr\\\"oved\"");
        String chinese = base.replace("\"approved\"", "\"\u51c6\u4e88\u767b\u8bb0\"");
        String nonCanonicalEscape = base.replace("\"approved\"", "\"appr\\u006fved\"");

        assertThat(fast(escaped.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(reference(escaped.getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(fast(chinese.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(reference(chinese.getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(reference(nonCanonicalEscape.getBytes(StandardCharsets.UTF_8)))
                .startsWith("is not in canonical JSON form");
    }

    @Test
    void fast_and_reference_paths_read_the_same_seq_and_prev() {
        String prev = Hex.encode(SM3.hash("x"));
        String ascii = Json.canonical(TestLog.entry(SM3, 123456789, prev, false));
        String chinese = ascii.replace("\"approved\"", "\"\u51c6\u4e88\"");

        EntryScan.Chunk fast = chunkOf(ascii);
        EntryScan.Chunk slow = chunkOf(chinese);

        assertThat(fast.slowPrevs).isNull();
        assertThat(slow.slowPrevs).isNotNull();
        for (EntryScan.Chunk c : List.of(fast, slow)) {
            assertThat(c.problems).isNull();
            assertThat(c.seqs[0]).isEqualTo(123456789L);
            assertThat(c.prevEquals(0, prev.getBytes(StandardCharsets.US_ASCII))).isTrue();
        }
        assertThat(Arrays.copyOf(fast.leaves, 32)).isEqualTo(LogEntry.leafHash(SM3, ascii));
        assertThat(Arrays.copyOf(slow.leaves, 32)).isEqualTo(LogEntry.leafHash(SM3, chinese));
    }

    @Test
    void sha256_leaf_hashes_match_the_library() {
        String line = Json.canonical(TestLog.entry(HashAlgorithm.SHA256, 1, "p", false));
        byte[] out = new byte[32];
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        EntryScan.Hasher.of(HashAlgorithm.SHA256).leaf(bytes, 0, bytes.length, out, 0);
        assertThat(out).isEqualTo(LogEntry.leafHash(HashAlgorithm.SHA256, line));
    }

    @Test
    void the_allocation_free_edge_gives_the_roots_of_compact_range() {
        for (HashAlgorithm hash : HashAlgorithm.values()) {
            CompactRange reference = new CompactRange(hash);
            EntryScan.Edge edge = new EntryScan.Edge(hash);
            byte[] leaves = new byte[32 * 300];
            for (int i = 0; i < 300; i++) {
                assertThat(edge.root()).as(hash + " size " + i).isEqualTo(reference.root());
                byte[] leaf = hash.leafHash(new byte[] {(byte) i});
                System.arraycopy(leaf, 0, leaves, i * 32, 32);
                EntryScan.Edge before = new EntryScan.Edge(hash);
                before.copyFrom(edge);
                reference.append(leaf, null);
                edge.append(leaves, i * 32);
                EntryScan.Edge restored = new EntryScan.Edge(hash);
                restored.copyBeforeLastAppend(edge);
                assertThat(restored.root()).as(hash + " restored size " + i).isEqualTo(before.root());
            }
            assertThat(edge.root()).isEqualTo(reference.root());
        }
    }

    @Test
    void the_reader_returns_whole_lines_whatever_the_chunk_size() throws IOException {
        String text = "a\nbb\n" + "c".repeat(100) + "\n\nlast-without-newline";
        for (int size : new int[] {1, 2, 3, 7, 64, 1 << 20}) {
            EntryScan.Reader reader = new EntryScan.Reader(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), size);
            StringBuilder joined = new StringBuilder();
            for (EntryScan.Chunk c = reader.next(); c != null; c = reader.next()) {
                String part = new String(c.data, 0, c.length, StandardCharsets.UTF_8);
                assertThat(part.endsWith("\n") || part.endsWith("last-without-newline")).as(part).isTrue();
                joined.append(part);
            }
            assertThat(joined.toString()).isEqualTo(text);
        }
    }

    @Test
    void small_chunks_and_any_thread_count_give_the_same_verdicts(@TempDir Path tmp) throws IOException {
        LogSigner signer = SignatureAlgorithm.SM2.generate(new SecureRandom());
        TestLog log = TestLog.build(120, 40, SM3, size -> signer);
        Path dir = log.export(tmp.resolve("log"));
        Keyring keys = Keyring.of(signer.publicKey());
        List<String> verdicts = new ArrayList<>();
        for (int threads : new int[] {0, 1, 2, 3}) {
            for (int chunk : new int[] {1, 333, 1 << 22}) {
                verdicts.add(String.valueOf(new LogVerifier(keys).threads(threads).chunkBytes(chunk).verify(dir)
                        .problem()));
            }
        }
        List<String> lines = new ArrayList<>(LogExport.readEntryLines(dir));
        lines.set(61, lines.get(61).replace("\"approved\"", "\"approveD\""));
        Files.writeString(dir.resolve(LogExport.ENTRIES), String.join("\n", lines) + "\n");
        for (int threads : new int[] {0, 2}) {
            for (int chunk : new int[] {1, 333, 1 << 22}) {
                verdicts.add(String.valueOf(new LogVerifier(keys).threads(threads).chunkBytes(chunk).verify(dir)
                        .problem()));
            }
        }

        assertThat(verdicts.subList(0, 12)).containsOnly("null");
        assertThat(verdicts.subList(12, 18)).containsOnly(
                "INVALID entry 61: its contents do not match the hash entry 62 records");
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}

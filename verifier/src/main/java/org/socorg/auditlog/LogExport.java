package org.socorg.auditlog;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The export directory an auditor verifies offline (see {@code verifier/FORMAT.md}):
 * <ul>
 *   <li>{@code entries.jsonl}: line {@code i} is the canonical JSON of entry {@code seq = i}, UTF-8, each line ended by
 *       {@code '\n'} — exactly the Merkle leaf inputs;</li>
 *   <li>{@code checkpoints.jsonl}: one canonical checkpoint per line, in any order;</li>
 *   <li>{@code log.json}: origin, hashAlg, size, exportedAt — informational only, never trusted.</li>
 * </ul>
 * Public keys are never part of an export: a verifier is given them separately.
 */
public final class LogExport {

    public static final String ENTRIES = "entries.jsonl";
    public static final String CHECKPOINTS = "checkpoints.jsonl";
    public static final String INFO = "log.json";

    private LogExport() {
    }

    /** What {@code log.json} says; any field may be null when absent. Never trusted by the verifier. */
    public record Info(String origin, String hashAlg, Long size, String exportedAt) {

        public String toJson() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("origin", origin);
            map.put("hashAlg", hashAlg);
            map.put("size", size);
            map.put("exportedAt", exportedAt);
            map.values().removeIf(v -> v == null);
            return Json.canonical(map);
        }

        static Info parse(String json) {
            Map<String, Object> map = Json.parseObject(json);
            return new Info(text(map.get("origin")), text(map.get("hashAlg")),
                    map.get("size") instanceof Long size ? size : null, text(map.get("exportedAt")));
        }

        private static String text(Object value) {
            return value instanceof String s ? s : null;
        }
    }

    /** Starts an export into {@code dir} (created if missing; its three files are replaced). */
    public static Writer create(Path dir, String origin, HashAlgorithm hash) throws IOException {
        Files.createDirectories(dir);
        return new Writer(dir, origin, hash);
    }

    /**
     * Writes an export in order: every entry (seq 0, 1, ...), then the checkpoints; {@link #close()} writes
     * {@code log.json}. Entries are written as given, so pass the stored canonical text, not a re-encoding.
     */
    public static final class Writer implements Closeable {
        private final Path dir;
        private final String origin;
        private final HashAlgorithm hash;
        private final OutputStream entries;
        private final OutputStream checkpoints;
        private long size;
        private boolean closed;

        private Writer(Path dir, String origin, HashAlgorithm hash) throws IOException {
            this.dir = dir;
            this.origin = origin;
            this.hash = hash;
            this.entries = new BufferedOutputStream(Files.newOutputStream(dir.resolve(ENTRIES)), 1 << 16);
            this.checkpoints = new BufferedOutputStream(Files.newOutputStream(dir.resolve(CHECKPOINTS)));
        }

        /** Appends the entry with the next seq, as its canonical JSON text. */
        public void entry(String canonicalEntry) throws IOException {
            entries.write(canonicalEntry.getBytes(StandardCharsets.UTF_8));
            entries.write('\n');
            size++;
        }

        /** Appends the entry with the next seq, given as its already-encoded canonical UTF-8 bytes. */
        public void entry(byte[] canonicalEntryUtf8) throws IOException {
            entries.write(canonicalEntryUtf8);
            entries.write('\n');
            size++;
        }

        public void checkpoint(Checkpoint checkpoint) throws IOException {
            checkpoints.write(checkpoint.toJson().getBytes(StandardCharsets.UTF_8));
            checkpoints.write('\n');
        }

        public long size() {
            return size;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try (entries; checkpoints) {
                entries.flush();
                checkpoints.flush();
            }
            Info info = new Info(origin, hash.id(), size, Instant.now().toString());
            Files.writeString(dir.resolve(INFO), info.toJson() + "\n");
        }
    }

    /** Writes a whole export at once. */
    public static void write(Path dir, String origin, HashAlgorithm hash, Iterable<String> canonicalEntries,
                             Iterable<Checkpoint> checkpoints) throws IOException {
        try (Writer writer = create(dir, origin, hash)) {
            for (String entry : canonicalEntries) {
                writer.entry(entry);
            }
            for (Checkpoint checkpoint : checkpoints) {
                writer.checkpoint(checkpoint);
            }
        }
    }

    public static Path entriesFile(Path dir) {
        return dir.resolve(ENTRIES);
    }

    /** {@code log.json}, or null when the export has none; throws for one that is not a JSON object. */
    public static Info readInfo(Path dir) throws IOException {
        Path file = dir.resolve(INFO);
        if (!Files.exists(file)) {
            return null;
        }
        return Info.parse(Files.readString(file, StandardCharsets.UTF_8).strip());
    }

    /** The lines of {@code checkpoints.jsonl} as written (blank lines included, so line numbers stay right). */
    public static List<String> readCheckpointLines(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(dir.resolve(CHECKPOINTS), StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The checkpoints of an export; throws naming the line of one that is not a checkpoint. */
    public static List<Checkpoint> readCheckpoints(Path dir) throws IOException {
        List<Checkpoint> checkpoints = new ArrayList<>();
        List<String> lines = readCheckpointLines(dir);
        for (int i = 0; i < lines.size(); i++) {
            try {
                checkpoints.add(Checkpoint.parse(lines.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(CHECKPOINTS + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return checkpoints;
    }

    /** The entry lines, in order, as text; for tools and tests — the verifier streams bytes instead. */
    public static List<String> readEntryLines(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve(ENTRIES), StandardCharsets.UTF_8);
    }

    /**
     * Unpacks the platform's export zip ({@code GET /api/audit/export}) into a new temporary directory. Only the three
     * files of an export are taken; any other entry (or a path trying to leave the directory) is refused.
     */
    public static Path unzip(Path zip) throws IOException {
        Path dir = Files.createTempDirectory("audit-export-");
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = e.getName();
                if (!name.equals(ENTRIES) && !name.equals(CHECKPOINTS) && !name.equals(INFO)) {
                    deleteUnpacked(dir);
                    throw new IOException(zip + " holds '" + name + "', which is not part of an audit export");
                }
                Files.copy(in, dir.resolve(name));
            }
        } catch (java.util.zip.ZipException e) {
            deleteUnpacked(dir);
            throw new IOException(zip + " is not a readable zip: " + e.getMessage(), e);
        }
        return dir;
    }

    /** Removes a directory made by {@link #unzip}. */
    public static void deleteUnpacked(Path dir) throws IOException {
        for (String name : List.of(ENTRIES, CHECKPOINTS, INFO)) {
            Files.deleteIfExists(dir.resolve(name));
        }
        Files.deleteIfExists(dir);
    }
}

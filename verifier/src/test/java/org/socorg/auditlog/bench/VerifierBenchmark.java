package org.socorg.auditlog.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.socorg.auditlog.Checkpoint;
import org.socorg.auditlog.CompactRange;
import org.socorg.auditlog.HashAlgorithm;
import org.socorg.auditlog.Hex;
import org.socorg.auditlog.InMemoryNodes;
import org.socorg.auditlog.Json;
import org.socorg.auditlog.Keyring;
import org.socorg.auditlog.LogEntry;
import org.socorg.auditlog.LogExport;
import org.socorg.auditlog.LogSigner;
import org.socorg.auditlog.LogVerifier;
import org.socorg.auditlog.Merkle;
import org.socorg.auditlog.SignatureAlgorithm;
import org.socorg.auditlog.TestLog;
import org.socorg.auditlog.cli.VerifyCommand;

/**
 * Prints the verifier's speed on a generated log (default 1,000,000 realistic entries, SM3, an SM2 checkpoint every
 * 10,000) and the time to generate inclusion and consistency proofs at that size from an in-memory node table.
 * Run with {@code ./mvnw -pl verifier -Pbench-verifier verify} (or {@code -Dbench.entries=N}).
 */
public final class VerifierBenchmark {

    private VerifierBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench-log");
        int interval = 10_000;
        HashAlgorithm hash = HashAlgorithm.SM3;
        LogSigner signer = SignatureAlgorithm.SM2.generate(new SecureRandom());
        System.out.printf(Locale.ROOT, "cores: %d, java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));

        long t0 = System.nanoTime();
        InMemoryNodes nodes = new InMemoryNodes();
        CompactRange range = new CompactRange(hash);
        long bytes = 0;
        try (LogExport.Writer writer = LogExport.create(dir, TestLog.ORIGIN, hash)) {
            String prev = LogEntry.genesisPrev(hash);
            for (long seq = 0; seq < size; seq++) {
                byte[] entry = Json.canonical(TestLog.entry(hash, seq, prev, false)).getBytes(StandardCharsets.UTF_8);
                byte[] leaf = hash.leafHash(entry);
                writer.entry(entry);
                bytes += entry.length + 1;
                range.append(leaf, nodes);
                prev = Hex.encode(leaf);
                if ((seq + 1) % interval == 0 || seq + 1 == size) {
                    writer.checkpoint(Checkpoint.sign(signer, TestLog.ORIGIN, seq + 1, range.root(),
                            "2026-11-22T05:00:00Z", hash));
                }
            }
        }
        System.out.printf(Locale.ROOT, "generated %,d entries (%,d bytes, %.0f bytes/entry) with a checkpoint every "
                + "%,d in %.1f s%n", size, bytes, (double) bytes / size, interval, (System.nanoTime() - t0) / 1e9);

        Keyring keys = Keyring.of(signer.publicKey());
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int threads : new int[] {2, 0, 2, 2}) {
            double load = os.getSystemLoadAverage();
            long cpu = os.getProcessCpuTime();
            LogVerifier.Report report = new LogVerifier(keys).threads(threads).verify(dir);
            cpu = os.getProcessCpuTime() - cpu;
            if (!report.valid()) {
                throw new IllegalStateException("the generated log does not verify: " + report.problem());
            }
            // CPU time says what the run cost whatever else the machine was doing; the load average says how busy it was
            System.out.printf(Locale.ROOT, "verify (%s): %,d entries in %.2f s = %,.0f entries/s "
                            + "(CPU %.2f s = %.2f us/entry; load average before %.1f)%n",
                    threads == 0 ? "1 thread " : threads + " workers", report.entries(), report.nanos() / 1e9,
                    report.entriesPerSecond(), cpu / 1e9, cpu / 1e3 / report.entries(), load);
        }

        Path pub = Files.writeString(dir.resolve("..").resolve("bench-pub.pem"), signer.publicKey().pem());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = VerifyCommand.run(new String[] {"verify", "--log", dir.toString(), "--key", pub.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        System.out.print("java -jar audit-verifier.jar verify (same JVM): exit " + exit + "\n"
                + out.toString(StandardCharsets.UTF_8));

        byte[] root = range.root();
        Random random = new Random(42);
        int proofs = 20_000;
        long[] inclusion = new long[proofs];
        for (int i = 0; i < proofs; i++) {
            long index = random.nextInt(size);
            long start = System.nanoTime();
            List<byte[]> proof = Merkle.inclusionProof(hash, nodes, index, size);
            inclusion[i] = System.nanoTime() - start;
            if (i % 1000 == 0 && !Merkle.verifyInclusion(hash, index, size, nodes.node(0, index), proof, root)) {
                throw new IllegalStateException("inclusion proof does not verify");
            }
        }
        long[] consistency = new long[proofs];
        for (int i = 0; i < proofs; i++) {
            long first = 1 + random.nextInt(size - 1);
            long start = System.nanoTime();
            List<byte[]> proof = Merkle.consistencyProof(hash, nodes, first, size);
            consistency[i] = System.nanoTime() - start;
            if (i % 1000 == 0 && !Merkle.verifyConsistency(hash, first, size, Merkle.rootAt(hash, nodes, first),
                    root, proof)) {
                throw new IllegalStateException("consistency proof does not verify");
            }
        }
        report("inclusion proof", size, inclusion);
        report("consistency proof", size, consistency);
    }

    private static void report(String what, int size, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int warm = sorted.length / 2;
        long[] second = Arrays.copyOfRange(nanos, warm, nanos.length);
        Arrays.sort(second);
        System.out.printf(Locale.ROOT, "%s at %,d entries (in-memory nodes, %,d runs, warm half): "
                        + "p50 %.1f us, p99 %.1f us, max %.1f us%n", what, size, second.length,
                second[second.length / 2] / 1e3, second[second.length * 99 / 100] / 1e3,
                second[second.length - 1] / 1e3);
    }
}

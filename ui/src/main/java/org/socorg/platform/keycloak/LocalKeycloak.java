package org.socorg.platform.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Keycloak server on loopback for a developer machine and the integration tests: the distribution the build
 * unpacked ({@code ui/target/keycloak}), the realm export from {@code config/keycloak} imported, the dev-file
 * database. Started once per JVM; a Keycloak already serving the realm on the port is reused, not restarted.
 *
 * <p>The server image is built once ({@code kc.sh build}) and then started optimized, which is what makes a start
 * take seconds. Changing a realm file wipes the dev-file database so the next start imports it afresh.
 */
public final class LocalKeycloak {

    public static final String REALM = "socorg";
    private static final String BUILD_OPTIONS = "--db=dev-file --health-enabled=true";

    /**
     * @param home           the unpacked distribution ({@code keycloak-<version>})
     * @param realmDir       folder of realm exports ({@code *.json}) to import
     * @param httpPort       where the realm is served, on 127.0.0.1
     * @param managementPort where {@code /health/ready} answers
     * @param adminUser      bootstrap administrator of the master realm (DEMO credentials on a developer machine)
     */
    public record Settings(Path home, Path realmDir, int httpPort, int managementPort, String adminUser,
            String adminPassword) {
    }

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private long startedAt;

    private LocalKeycloak(Settings settings) {
        this.settings = settings;
    }

    /** Starts the server (or finds it running) without waiting for it; {@link #awaitReady} waits. */
    public static LocalKeycloak launch(Settings settings) {
        LocalKeycloak keycloak = new LocalKeycloak(settings);
        keycloak.startIfAbsent();
        return keycloak;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + settings.httpPort();
    }

    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    public Settings settings() {
        return settings;
    }

    /** True when this JVM started the server (and will stop it); false when one was already running. */
    public boolean startedHere() {
        return process != null;
    }

    private void startIfAbsent() {
        startedAt = System.nanoTime();
        if (answers(issuer() + "/.well-known/openid-configuration")) {
            return;
        }
        try {
            Path home = settings.home().toAbsolutePath();
            if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
                throw new IllegalStateException("No Keycloak distribution at " + home
                        + ": build the ui module first (mvnw -pl ui -am package -DskipTests), or set "
                        + "SOCORG_OIDC_ISSUER to use another Keycloak");
            }
            buildOnce(home);
            prepareImport(home);
            List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                    "--cache=local", "--http-enabled=true", "--http-host=127.0.0.1",
                    "--http-port=" + settings.httpPort(), "--hostname-strict=false",
                    "--http-management-port=" + settings.managementPort(), "--import-realm");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log(home).toFile()));
            environment(builder.environment());
            process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "keycloak-stop"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Keycloak from " + settings.home(), e);
        }
    }

    /** Waits until Keycloak reports ready; fails early when its process dies. */
    public Duration awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String ready = "http://127.0.0.1:" + settings.managementPort() + "/health/ready";
        while (!(process == null ? answers(issuer() + "/.well-known/openid-configuration") : answers(ready))) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped during start-up (exit " + process.exitValue()
                        + "); see " + log(settings.home().toAbsolutePath()));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak not ready after " + timeout + "; see "
                        + log(settings.home().toAbsolutePath()));
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
        }
        return Duration.ofNanos(System.nanoTime() - startedAt);
    }

    /** Stops the server if this JVM started it; a server found running is left alone. */
    public synchronized void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        // SIGTERM to the server itself as well as to kc.sh: the script does not always pass it on
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void environment(Map<String, String> env) {
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", settings.adminUser());
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", settings.adminPassword());
        // C1 only: measured to start Keycloak markedly faster on two cores
        String append = env.getOrDefault("JAVA_OPTS_APPEND", "");
        env.put("JAVA_OPTS_APPEND", (append + " -XX:TieredStopAtLevel=1").trim());
    }

    private void buildOnce(Path home) throws IOException {
        Path marker = home.resolve(".socorg-build");
        if (Files.exists(marker) && Files.readString(marker).equals(BUILD_OPTIONS)) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "build"));
        command.addAll(List.of(BUILD_OPTIONS.split(" ")));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(home).toFile()));
        environment(builder.environment());
        try {
            int exit = builder.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kc.sh build failed (exit " + exit + "); see " + log(home));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building Keycloak", e);
        }
        Files.writeString(marker, BUILD_OPTIONS);
    }

    /** Copies the realm exports to data/import; a changed export wipes the old database so it is imported again. */
    private void prepareImport(Path home) throws IOException {
        List<Path> realms;
        try (Stream<Path> files = Files.list(settings.realmDir())) {
            realms = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        String digest = digest(realms);
        Path data = home.resolve("data");
        Path stamp = data.resolve(".socorg-realm");
        if (!Files.exists(stamp) || !Files.readString(stamp).equals(digest)) {
            deleteTree(data.resolve("h2"));
        }
        Path importDir = Files.createDirectories(data.resolve("import"));
        for (Path realm : realms) {
            Files.copy(realm, importDir.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(stamp, digest);
    }

    private static String digest(List<Path> files) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                sha.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Path log(Path home) {
        return home.resolveSibling("keycloak.log");
    }

    private boolean answers(String url) {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

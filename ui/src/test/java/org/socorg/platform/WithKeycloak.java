package org.socorg.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.socorg.platform.keycloak.LocalKeycloak;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running platform against the real Keycloak: one Keycloak for the whole test JVM (started from the
 * distribution the build unpacked, realm from {@code config/keycloak}), and one Spring context shared by every IT
 * that extends this class. Tokens come from the DEMO password-grant client {@code socorg-cli}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:socorg-ui-it;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        // no dev-tools popup over the screenshots (and over buttons the browser tests click)
        "vaadin.devmode.devTools.enabled=false",
        // expiry is tested with a token that lives seconds; no tolerance
        "platform.identity.oidc.clock-skew=0s"})
public abstract class WithKeycloak {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Kept a minute, well inside the realm's 5-minute access token: a slow run uses one test's token much later. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(1);
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
    private static volatile LocalKeycloak keycloak;

    static synchronized LocalKeycloak keycloak() {
        if (keycloak == null) {
            keycloak = LocalKeycloak.launch(settings());
            Duration took = keycloak.awaitReady(Duration.ofMinutes(3));
            System.out.printf("Keycloak %s at %s, ready in %d ms%n",
                    keycloak.startedHere() ? "started" : "found running", keycloak.issuer(), took.toMillis());
        }
        return keycloak;
    }

    /** Stops the Keycloak this JVM started and starts it again, for the outage test. */
    static synchronized Duration restartKeycloak(Runnable whileDown) {
        keycloak.stop();
        whileDown.run();
        keycloak = LocalKeycloak.launch(settings());
        TOKENS.clear();
        return keycloak.awaitReady(Duration.ofMinutes(3));
    }

    private static LocalKeycloak.Settings settings() {
        return new LocalKeycloak.Settings(
                Path.of(System.getProperty("platform.keycloak.local.home", "target/keycloak/keycloak-26.7.3")),
                Path.of(System.getProperty("platform.keycloak.local.realm-dir", "../config/keycloak")),
                Integer.getInteger("socorg.it.keycloak.port", 8180),
                Integer.getInteger("socorg.it.keycloak.management-port", 9180),
                "admin", "admin");
    }

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("platform.identity.oidc.issuer", () -> keycloak().issuer());
    }

    private record Token(String value, long fetchedAt) { }

    /** An access token for a DEMO user (password {@code demo}), fetched again once it is a minute old. */
    static String token(String user) {
        return TOKENS.compute(user, (u, kept) -> kept != null
                && System.nanoTime() - kept.fetchedAt() < TOKEN_REUSE.toNanos() ? kept
                : new Token(passwordGrant("socorg", "socorg-cli", u, "demo"), System.nanoTime())).value();
    }

    static String passwordGrant(String realm, String client, String user, String password) {
        JsonNode answer = post(keycloak().baseUrl() + "/realms/" + realm + "/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", client, "username", user, "password", password,
                        "scope", "openid"));
        if (!answer.has("access_token")) {
            throw new IllegalStateException("No token for " + user + ": " + answer);
        }
        return answer.get("access_token").asText();
    }

    static JsonNode post(String url, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static JsonNode send(HttpRequest request) {
        try {
            String body = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
            return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

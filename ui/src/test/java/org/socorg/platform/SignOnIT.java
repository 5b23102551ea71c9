package org.socorg.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser's side of sign-on, over plain HTTP with a cookie jar: authorization code with PKCE at Keycloak,
 * the Camunda webapps reached through that sign-in (administrators only), and sign-out ending the Keycloak session
 * too (RP-initiated logout), and Keycloak's back-channel logout ending the platform session. The platform runs on
 * 127.0.0.1, which the UI client accepts on any port (RFC 8252).
 */
class SignOnIT extends WithKeycloak {

    @LocalServerPort int port;

    @Test
    void an_administrator_signs_in_with_code_and_pkce_and_reaches_the_camunda_cockpit_without_a_camunda_password() {
        Browser browser = new Browser();
        String landed = browser.signIn("/camunda/app/cockpit/default/", "admin1");
        assertThat(landed).contains("/camunda/app/cockpit/default/");
        assertThat(browser.get(base() + "/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        assertThat(browser.get(base() + "/camunda/api/admin/auth/user/default").body())
                .contains("\"userId\":\"admin1\"", "cockpit");
    }

    @Test
    void an_official_signs_in_but_the_camunda_webapps_stay_closed_to_them() {
        Browser browser = new Browser();
        browser.signIn("/camunda/app/cockpit/default/", "official1");
        assertThat(browser.get(base() + "/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
    }

    @Test
    void signing_out_ends_the_platform_session_and_the_keycloak_session() {
        Browser browser = new Browser();
        browser.signIn("/camunda/app/cockpit/default/", "admin1");
        String page = browser.get(base() + "/").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("CSRF token in the Vaadin page").isTrue();

        HttpResponse<String> logout = browser.post(base() + "/logout", Map.of("_csrf", csrf.group(1)));
        assertThat(logout.statusCode()).isEqualTo(302);
        String endSession = location(logout);
        assertThat(endSession).startsWith(keycloak().issuer() + "/protocol/openid-connect/logout")
                .contains("id_token_hint=", "post_logout_redirect_uri=");
        HttpResponse<String> back = browser.get(endSession);
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(location(back)).isEqualTo(base() + "/");

        // Keycloak asks for the password again: its session is gone, not just the platform's
        HttpResponse<String> again = browser.get(browser.followToKeycloak("/camunda/app/cockpit/default/"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("kc-form-login");
    }

    /**
     * Keycloak ends the person's session (an administrator signs them out, or they sign out elsewhere) and tells
     * the platform over the back channel; the platform session ends too. Keycloak's client is pointed at this
     * test's port for the duration of the test only.
     */
    @Test
    void keycloak_ending_the_session_ends_the_platform_session_through_back_channel_logout() {
        String admin = passwordGrant("master", "admin-cli", keycloak().settings().adminUser(),
                keycloak().settings().adminPassword());
        String clients = keycloak().baseUrl() + "/admin/realms/socorg/clients";
        JsonNode client = send(authorized(admin, clients + "?clientId=socorg-ui").GET().build()).get(0);
        ObjectNode attributes = (ObjectNode) client.get("attributes");
        String original = attributes.path("backchannel.logout.url").asText();
        String clientUrl = clients + "/" + client.get("id").asText();
        attributes.put("backchannel.logout.url", base() + "/logout/connect/back-channel/keycloak");
        send(authorized(admin, clientUrl).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(client.toString())).build());
        try {
            Browser browser = new Browser();
            browser.signIn("/camunda/app/cockpit/default/", "admin1");
            assertThat(browser.get(base() + "/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);

            String userId = send(authorized(admin, keycloak().baseUrl()
                    + "/admin/realms/socorg/users?exact=true&username=admin1").GET().build()).get(0).get("id").asText();
            send(authorized(admin, keycloak().baseUrl() + "/admin/realms/socorg/users/" + userId + "/logout")
                    .POST(HttpRequest.BodyPublishers.noBody()).build());

            await().atMost(Duration.ofSeconds(10)).until(
                    () -> browser.get(base() + "/camunda/app/cockpit/default/").statusCode() == 302);
        } finally {
            attributes.put("backchannel.logout.url", original);
            send(authorized(admin, clientUrl).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(client.toString())).build());
        }
    }

    static HttpRequest.Builder authorized(String token, String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no redirect: " + response.statusCode() + " " + response.uri()));
    }

    /**
     * Keeps every cookie of 127.0.0.1, Secure ones included: Keycloak marks its cookies Secure, which a browser
     * still sends to a loopback address over plain HTTP but Java's CookieManager does not. Platform and Keycloak
     * share the host and use different cookie names.
     */
    static final class Jar extends CookieHandler {

        final Map<String, String> cookies = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            return cookies.isEmpty() ? Map.of() : Map.of("Cookie", List.of(cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if ("Set-Cookie".equalsIgnoreCase(name)) {
                    values.forEach(header -> HttpCookie.parse(header).forEach(cookie -> {
                        if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                            cookies.remove(cookie.getName());
                        } else {
                            cookies.put(cookie.getName(), cookie.getValue());
                        }
                    }));
                }
            });
        }
    }

    /** Cookies, no automatic redirects: each hop is checked. */
    final class Browser {

        final HttpClient client = HttpClient.newBuilder().cookieHandler(new Jar())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        /** From a protected page to Keycloak's authorization endpoint; returns the authorization URL. */
        String followToKeycloak(String path) {
            HttpResponse<String> page = get(base() + path);
            assertThat(page.statusCode()).isEqualTo(302);
            HttpResponse<String> start = get(absolute(location(page)));
            assertThat(start.statusCode()).isEqualTo(302);
            String authorize = location(start);
            assertThat(authorize).startsWith(keycloak().issuer() + "/protocol/openid-connect/auth")
                    .contains("client_id=socorg-ui", "code_challenge=", "code_challenge_method=S256");
            return authorize;
        }

        /** Signs in at Keycloak's form and returns where the platform finally sends the browser. */
        String signIn(String path, String user) {
            HttpResponse<String> form = get(followToKeycloak(path));
            assertThat(form.statusCode()).isEqualTo(200);
            Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(form.body());
            assertThat(action.find()).as("Keycloak's login form").isTrue();
            HttpResponse<String> code = post(action.group(1).replace("&amp;", "&"),
                    Map.of("username", user, "password", "demo"));
            assertThat(code.statusCode()).isEqualTo(302);
            assertThat(location(code)).startsWith(base() + "/login/oauth2/code/keycloak").contains("code=");
            HttpResponse<String> signedIn = get(location(code));
            assertThat(signedIn.statusCode()).as("code exchanged with the PKCE verifier").isEqualTo(302);
            return absolute(location(signedIn));
        }

        String absolute(String location) {
            return location.startsWith("/") ? base() + location : location;
        }

        HttpResponse<String> get(String url) {
            return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
        }

        HttpResponse<String> post(String url, Map<String, String> form) {
            String body = form.entrySet().stream().map(e -> e.getKey() + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        HttpResponse<String> send(HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

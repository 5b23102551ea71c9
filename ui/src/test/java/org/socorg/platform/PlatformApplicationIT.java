package org.socorg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The runnable platform wires everything on one port: the Vaadin UI at /, the platform API and its OpenAPI page,
 * the Camunda REST API and webapps, each behind the same Keycloak sign-on.
 */
class PlatformApplicationIT extends WithKeycloak {

    @Autowired TestRestTemplate http;
    @LocalServerPort int port;

    @Test
    void serves_the_vaadin_shell_at_the_root_not_the_camunda_webapp() {
        ResponseEntity<String> root = http.getForEntity("/", String.class);
        assertThat(root.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(root.getBody()).contains("社会组织登记管理平台").doesNotContain("Camunda Welcome");
    }

    @Test
    void serves_the_platform_api_its_openapi_page_and_the_camunda_apis() {
        assertThat(http.getForEntity("/api/organizations", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/api-docs/ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(engineRest("/engine-rest/engine", "admin1").getBody()).contains("default");
        assertThat(engineRest("/engine-rest/process-definition/key/registration-establishment", "admin1").getBody())
                .contains("registration-establishment");
    }

    @Test
    void keeps_the_camunda_apis_to_signed_in_administrators() {
        assertThat(http.getForEntity("/engine-rest/engine", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(engineRest("/engine-rest/engine", "official1").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // the webapps send an anonymous visitor to the Keycloak sign-in, not to a Camunda password form
        HttpResponse<Void> webapp = withoutRedirects("/camunda/app/welcome/default/");
        assertThat(webapp.statusCode()).isEqualTo(302);
        assertThat(webapp.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(URI.create(location)).hasPath("/oauth2/authorization/keycloak"));
    }

    @Test
    void sends_sign_in_to_keycloak_with_pkce() {
        HttpResponse<Void> start = withoutRedirects("/oauth2/authorization/keycloak");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location").orElseThrow())
                .startsWith(keycloak().issuer() + "/protocol/openid-connect/auth")
                .contains("client_id=socorg-ui", "code_challenge=", "code_challenge_method=S256");
    }

    /** The platform's own answer, not where it sends the browser (Keycloak only knows the redirect URIs of port 8080). */
    HttpResponse<Void> withoutRedirects(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    ResponseEntity<String> engineRest(String path, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token(user));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}

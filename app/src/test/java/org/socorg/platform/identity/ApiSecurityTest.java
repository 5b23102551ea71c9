package org.socorg.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The API's security rules without a sign-on server: the {@code test} profile points the issuer at a port nothing
 * listens on, so a well-formed bearer token cannot be checked (503). The real Keycloak is driven by the ui module's
 * {@code *KeycloakIT}s.
 */
@SpringBootTest(classes = TestPlatformApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiSecurityTest {

    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    @Autowired TestRestTemplate http;
    @Autowired HistoryService history;

    ResponseEntity<Map<String, Object>> get(String path, String header, String value) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (header != null) {
            headers.set(header, value);
        }
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), MAP);
    }

    static void assertProblem(ResponseEntity<Map<String, Object>> r, HttpStatus status, String code) {
        assertThat(r.getStatusCode()).isEqualTo(status);
        assertThat(r.getHeaders().getContentType()).matches(MediaType.APPLICATION_PROBLEM_JSON::isCompatibleWith);
        assertThat(r.getBody()).containsEntry("code", code).containsKeys("detailZh", "detailEn", "type", "title");
    }

    @Test
    void answers_503_when_the_sign_on_server_cannot_be_reached_to_check_a_token() throws JOSEException {
        ResponseEntity<Map<String, Object>> r = get("/api/tasks", HttpHeaders.AUTHORIZATION,
                "Bearer " + wellFormedToken());
        assertProblem(r, HttpStatus.SERVICE_UNAVAILABLE, "IDENTITY_PROVIDER_UNAVAILABLE");
        assertThat(r.getHeaders().getFirst("Retry-After")).isNotBlank();
    }

    @Test
    void answers_401_without_a_token_and_for_a_token_that_is_not_a_jwt() {
        ResponseEntity<Map<String, Object>> none = get("/api/tasks", null, null);
        assertProblem(none, HttpStatus.UNAUTHORIZED, "NOT_AUTHENTICATED");
        assertThat(none.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertProblem(get("/api/tasks", HttpHeaders.AUTHORIZATION, "Bearer not.a.jwt"), HttpStatus.UNAUTHORIZED,
                "INVALID_TOKEN");
    }

    @Test
    void keeps_the_registry_query_and_the_audit_log_public_but_the_audit_export_to_auditors() {
        assertThat(http.getForEntity("/api/organizations", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/api/credit-codes/91350100M000100Y43/check", null, null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        // no audit controller yet: public means the request reaches MVC (404), not the sign-on wall (401)
        assertThat(get("/api/audit/entries", null, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertProblem(get("/api/audit/export/all", null, null), HttpStatus.UNAUTHORIZED, "NOT_AUTHENTICATED");
        assertProblem(get("/api/audit/export/all", "X-Demo-User", "official1"), HttpStatus.FORBIDDEN, "FORBIDDEN");
        assertThat(get("/api/audit/export/all", "X-Demo-User", "auditor1").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertProblem(get("/api/admin/users", "X-Demo-User", "auditor1"), HttpStatus.FORBIDDEN, "FORBIDDEN");
    }

    @Test
    void tells_the_engine_who_is_acting_so_camunda_history_names_the_person() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Demo-User", "applicant2");
        Map<String, Object> body = Map.of("orgType", "FOUNDATION", "scope", "LOCAL",
                "name", "北京市启明" + java.util.UUID.randomUUID().toString().substring(0, 6) + "助学基金会",
                "supervisingUnit", "北京市教育委员会", "legalRepresentative", "王启明", "activityFunds", 4_000_000,
                "publicFundraising", true, "address", "北京市海淀区学院路2号", "businessScope", "资助学生");
        ResponseEntity<Map<String, Object>> filed = http.exchange("/api/registrations/establishments",
                HttpMethod.POST, new HttpEntity<>(body, headers), MAP);
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(history.createHistoricProcessInstanceQuery()
                .processInstanceId((String) filed.getBody().get("processInstanceId")).singleResult()
                .getStartUserId()).isEqualTo("applicant2");
    }

    private static String wellFormedToken() throws JOSEException {
        RSAKey key = new RSAKeyGenerator(2048).keyID("somebody-else").generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer("http://127.0.0.1:9/realms/socorg").subject("x")
                        .claim("preferred_username", "official1").audience("socorg-api")
                        .expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}

package org.socorg.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The platform API as each kind of Keycloak user, for a case of their own and of another jurisdiction, with real
 * tokens from the real Keycloak; and the tokens the API must refuse.
 *
 * <p>Fixture: DEMO {@code applicant1} files an establishment with the Guangzhou authority (440100). Its officer
 * {@code official-gz} sees and may take the acceptance task; the Shenzhen officer (another city), the Guangdong
 * provincial reviewer (the province handles its own cases, not the city's) and the Beijing officer do not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakApiIT extends WithKeycloak {

    /** Who calls, as DEMO users of the realm; {@code null} is no token at all. */
    enum Who {
        ANONYMOUS(null), APPLICANT_OWN("applicant1"), APPLICANT_OTHER("applicant2"),
        OFFICER_OWN_CITY("official-gz"), OFFICER_OTHER_CITY("official-sz"), REVIEWER_OWN_PROVINCE("reviewer-gd"),
        OFFICER_OTHER_PROVINCE("official1"), REVIEWER_OTHER_PROVINCE("reviewer1"), DIRECTOR_OTHER("director1"),
        SUPERVISOR_OTHER("supervisor1"), OFFICER_NATIONAL("official-national"), EXPERT("expert1"),
        ENFORCEMENT_OFFICER("enforcer1"), ANALYST("analyst1"), AUDITOR("auditor1"), ADMINISTRATOR("admin1");

        final String user;

        Who(String user) {
            this.user = user;
        }

        boolean applicant() {
            return this == APPLICANT_OWN || this == APPLICANT_OTHER;
        }

        boolean official() {
            return Set.of(OFFICER_OWN_CITY, OFFICER_OTHER_CITY, REVIEWER_OWN_PROVINCE, OFFICER_OTHER_PROVINCE,
                    REVIEWER_OTHER_PROVINCE, DIRECTOR_OTHER, SUPERVISOR_OTHER, OFFICER_NATIONAL).contains(this);
        }
    }

    /** A request of the matrix and the status each caller must get. */
    record Rule(HttpMethod method, String path, Object body, Function<Who, Integer> expected) {
    }

    @Autowired TestRestTemplate http;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    String applicationId;
    String processInstanceId;
    String taskId;

    @BeforeAll
    void file_a_guangzhou_case() {
        ResponseEntity<Map<String, Object>> filed = call(HttpMethod.POST, "/api/registrations/establishments",
                "applicant1", foundation("440100"));
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        applicationId = (String) filed.getBody().get("id");
        processInstanceId = (String) filed.getBody().get("processInstanceId");
        taskId = tasks("official-gz").stream().filter(t -> processInstanceId.equals(t.get("processInstanceId")))
                .map(t -> (String) t.get("id")).findFirst().orElseThrow();
    }

    /** Every endpoint of the platform API, with the status each caller gets. A new endpoint needs a rule here. */
    Map<String, Rule> matrix() {
        Function<Who, Integer> publicRead = who -> null; // anyone, same answer, never 401/403
        Map<String, Rule> rules = new LinkedHashMap<>();
        rules.put("GET /api/organizations", new Rule(HttpMethod.GET, "/api/organizations", null, publicRead));
        rules.put("GET /api/organizations/{creditCode}", new Rule(HttpMethod.GET,
                "/api/organizations/91440100MJ0000001X", null, publicRead));
        rules.put("GET /api/organizations/{creditCode}/status-history", new Rule(HttpMethod.GET,
                "/api/organizations/91440100MJ0000001X/status-history", null, publicRead));
        rules.put("GET /api/credit-codes/{code}/check", new Rule(HttpMethod.GET,
                "/api/credit-codes/91440100MJ0000001X/check", null, publicRead));
        rules.put("POST /api/registrations/establishments", new Rule(HttpMethod.POST,
                "/api/registrations/establishments", foundation("440100"),
                who -> who == Who.ANONYMOUS ? 401 : who.applicant() ? 201 : 403));
        rules.put("GET /api/registrations", new Rule(HttpMethod.GET, "/api/registrations", null,
                who -> who == Who.ANONYMOUS ? 401 : who.applicant() || who.official() ? 200 : 403));
        rules.put("GET /api/registrations/{id}", new Rule(HttpMethod.GET, "/api/registrations/" + applicationId,
                null, who -> who == Who.ANONYMOUS ? 401
                        : who == Who.APPLICANT_OWN || who == Who.OFFICER_OWN_CITY ? 200 : 404));
        rules.put("GET /api/tasks", new Rule(HttpMethod.GET, "/api/tasks", null,
                who -> who == Who.ANONYMOUS ? 401 : 200));
        // inbox notices: everyone signed in reads their own (an empty list for most here)
        rules.put("GET /api/tasks/notices", new Rule(HttpMethod.GET, "/api/tasks/notices", null,
                who -> who == Who.ANONYMOUS ? 401 : 200));
        Function<Who, Integer> onlyTheCityOfficer = who -> who == Who.ANONYMOUS ? 401
                : who == Who.OFFICER_OWN_CITY ? 200 : 404;
        rules.put("GET /api/tasks/{id}", new Rule(HttpMethod.GET, "/api/tasks/" + taskId, null, onlyTheCityOfficer));
        rules.put("POST /api/tasks/{id}/claim", new Rule(HttpMethod.POST, "/api/tasks/" + taskId + "/claim", null,
                onlyTheCityOfficer));
        // an outcome the task does not offer: the owner gets 400 and nothing changes
        rules.put("POST /api/tasks/{id}/complete", new Rule(HttpMethod.POST, "/api/tasks/" + taskId + "/complete",
                Map.of("outcome", "NO_SUCH_OUTCOME"), who -> who == Who.ANONYMOUS ? 401
                        : who == Who.OFFICER_OWN_CITY ? 400 : 404));
        // role administration: the URL rule keeps it to administrators; the administrator's own requests here are
        // refused by the feature (bad input, unknown user) so the matrix changes nothing in Keycloak
        rules.put("GET /api/admin/users", new Rule(HttpMethod.GET, "/api/admin/users", null, admin(200)));
        rules.put("GET /api/admin/users/authorities", new Rule(HttpMethod.GET, "/api/admin/users/authorities", null,
                admin(200)));
        rules.put("POST /api/admin/users", new Rule(HttpMethod.POST, "/api/admin/users",
                Map.of("username", "Not A Valid Name!"), admin(400)));
        rules.put("POST /api/admin/users/{username}/disable", new Rule(HttpMethod.POST,
                "/api/admin/users/no-such-user/disable", null, admin(404)));
        rules.put("PUT /api/admin/users/{username}/roles/{role}", new Rule(HttpMethod.PUT,
                "/api/admin/users/no-such-user/roles/no-such-role", null, admin(400)));
        rules.put("DELETE /api/admin/users/{username}/roles/{role}", new Rule(HttpMethod.DELETE,
                "/api/admin/users/no-such-user/roles/no-such-role", null, admin(400)));
        rules.put("PUT /api/admin/users/{username}/authority", new Rule(HttpMethod.PUT,
                "/api/admin/users/no-such-user/authority", Map.of("divisionCode", "440100"), admin(404)));
        WorkbenchMatrixRules.addTo(rules);
        RegistrationChangeMatrixRules.addTo(rules);
        ComplaintMatrixRules.addTo(rules);
        FundraisingMatrixRules.addTo(rules);
        AnnualReportMatrixRules.addTo(rules);
        CreditMatrixRules.addTo(rules);
        PublicQueryMatrixRules.addTo(rules);
        WorkspaceMatrixRules.addTo(rules);
        EvaluationMatrixRules.addTo(rules);
        DashboardMatrixRules.addTo(rules);
        CommendationMatrixRules.addTo(rules);
        // The audit log's endpoints follow one rule by design, so they get it here without an entry each: public,
        // except the export and the operations in AUDITORS_ONLY, which are for auditors (what an auditor gets
        // beyond passing is the audit module's business).
        for (String endpoint : endpoints()) {
            String[] methodAndPath = endpoint.split(" ", 2);
            if (methodAndPath[1].startsWith("/api/audit/") && !rules.containsKey(endpoint)) {
                boolean export = methodAndPath[1].startsWith("/api/audit/export")
                        || AUDITORS_ONLY.contains(endpoint);
                rules.put(endpoint, new Rule(HttpMethod.valueOf(methodAndPath[0]),
                        methodAndPath[1].replaceAll("\\{[^}]+}", "1"), null, !export ? publicRead
                                : who -> who == Who.ANONYMOUS ? 401 : who == Who.AUDITOR ? ALLOWED : 403));
            }
        }
        return rules;
    }

    /** Audit operations the audit module keeps to auditors itself (signing a checkpoint, reconciliation). */
    static final Set<String> AUDITORS_ONLY = Set.of("POST /api/audit/checkpoints", "GET /api/audit/reconciliation");

    /** Expected status meaning "let through": anything but 401 and 403. */
    static final int ALLOWED = -1;

    /** Every method and path pattern of the platform API, as Spring MVC maps them. */
    Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/"))
                .forEach(p -> info.getMethodsCondition().getMethods()
                        .forEach(m -> endpoints.add(m.name() + " " + p))));
        return endpoints;
    }

    static Function<Who, Integer> admin(int administratorGets) {
        return who -> who == Who.ANONYMOUS ? 401 : who == Who.ADMINISTRATOR ? administratorGets : 403;
    }

    @Test
    @Order(1)
    void every_api_endpoint_has_a_rule_in_the_authorization_matrix() {
        assertThat(new TreeSet<>(matrix().keySet())).as("rules of the matrix vs the API's endpoints")
                .isEqualTo(endpoints());
        assertThat(endpoints()).as("the audit rule's stand-in endpoints are mapped, so that rule is exercised")
                .contains("GET /api/audit/it-stand-in/{id}", "GET /api/audit/export/it-stand-in");
    }

    @Test
    @Order(2)
    void each_role_gets_what_its_role_and_jurisdiction_allow_on_every_endpoint() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Rule> entry : matrix().entrySet()) {
            Rule rule = entry.getValue();
            Integer publicAnswer = null;
            for (Who who : Who.values()) {
                int status = call(rule.method(), rule.path(), who.user, rule.body()).getStatusCode().value();
                Integer expected = rule.expected().apply(who);
                if (expected == null) {
                    publicAnswer = publicAnswer == null ? status : publicAnswer;
                    if (status == 401 || status == 403 || status != publicAnswer) {
                        wrong.add(entry.getKey() + " as " + who + ": " + status + ", expected public " + publicAnswer);
                    }
                } else if (expected == ALLOWED) {
                    if (status == 401 || status == 403) {
                        wrong.add(entry.getKey() + " as " + who + ": " + status + ", expected to be let through");
                    }
                } else if (status != expected) {
                    wrong.add(entry.getKey() + " as " + who + " (" + who.user + "): " + status + ", expected "
                            + expected);
                }
            }
        }
        assertThat(wrong).as("authorization matrix").isEmpty();
    }

    @Test
    @Order(3)
    void a_city_case_is_offered_to_that_city_only_and_a_provincial_case_to_the_province() {
        assertThat(taskIds("official-gz")).contains(taskId);
        assertThat(taskIds("official-sz")).doesNotContain(taskId);
        assertThat(taskIds("reviewer-gd")).doesNotContain(taskId);
        assertThat(taskIds("official1")).doesNotContain(taskId);

        ResponseEntity<Map<String, Object>> provincial = call(HttpMethod.POST, "/api/registrations/establishments",
                "applicant2", foundation("440000"));
        assertThat(provincial.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String pid = (String) provincial.getBody().get("processInstanceId");
        assertThat(tasks("reviewer-gd")).anyMatch(t -> pid.equals(t.get("processInstanceId")));
        assertThat(tasks("official-gz")).noneMatch(t -> pid.equals(t.get("processInstanceId")));
        // the applicant sees their own application, under their Keycloak user name
        assertThat(call(HttpMethod.GET, "/api/registrations/" + provincial.getBody().get("id"), "applicant2", null)
                .getBody()).containsEntry("applicantId", "applicant2").containsEntry("divisionCode", "440000");
    }

    @Test
    @Order(4)
    void refuses_a_tampered_signature_a_tampered_claim_and_another_issuers_token() {
        String good = token("official-gz");
        String[] parts = good.split("\\.");
        char[] signature = parts[2].toCharArray();
        signature[signature.length / 2] = signature[signature.length / 2] == 'A' ? 'B' : 'A';
        assertInvalid(parts[0] + "." + parts[1] + "." + new String(signature));

        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("440100", "440300");
        assertInvalid(parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);

        // a genuine Keycloak token, but of the master realm: another issuer, another key, no API audience
        assertInvalid(passwordGrant("master", "admin-cli", keycloak().settings().adminUser(),
                keycloak().settings().adminPassword()));
    }

    @Test
    @Order(5)
    void refuses_a_token_once_it_has_expired() {
        String adminToken = passwordGrant("master", "admin-cli", keycloak().settings().adminUser(),
                keycloak().settings().adminPassword());
        String client = """
                {"clientId":"it-short-lived","publicClient":true,"directAccessGrantsEnabled":true,
                 "standardFlowEnabled":false,"attributes":{"access.token.lifespan":"8"},
                 "protocolMappers":[{"name":"api audience","protocol":"openid-connect",
                   "protocolMapper":"oidc-audience-mapper",
                   "config":{"included.client.audience":"socorg-api","access.token.claim":"true"}}]}""";
        send(HttpRequest.newBuilder(URI.create(keycloak().baseUrl() + "/admin/realms/socorg/clients"))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client)).build()); // 409 when an earlier run made it
        String shortLived = passwordGrant("socorg", "it-short-lived", "official-gz", "demo");
        assertThat(bearer(HttpMethod.GET, "/api/tasks", shortLived).getStatusCode()).isEqualTo(HttpStatus.OK);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> bearer(HttpMethod.GET, "/api/tasks", shortLived).getStatusCode()
                        == HttpStatus.UNAUTHORIZED);
        ResponseEntity<Map<String, Object>> expired = bearer(HttpMethod.GET, "/api/tasks", shortLived);
        assertThat(expired.getBody()).containsEntry("code", "INVALID_TOKEN");
        assertThat(expired.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).contains("expired");
    }

    @Test
    @Order(6)
    void a_valid_user_without_the_role_gets_403() {
        ResponseEntity<Map<String, Object>> r = call(HttpMethod.POST, "/api/registrations/establishments",
                "auditor1", foundation("440100"));
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(r.getBody()).containsEntry("code", "FORBIDDEN").containsKeys("detailZh", "detailEn");
        assertThat(call(HttpMethod.GET, "/api/audit/export/log", "admin1", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call(HttpMethod.GET, "/api/admin/users", "auditor1", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    /**
     * Keycloak stops mid-session: tokens already issued keep working (the API holds the realm's public keys), a
     * token whose key the API must fetch gets 503, signing in to the UI shows a plain error page, and once Keycloak
     * is back new sign-ins work without restarting the platform.
     */
    @Test
    @Order(100)
    void survives_keycloak_stopping_and_recovers_when_it_returns() {
        Assumptions.assumeTrue(keycloak().startedHere(), "Keycloak was already running; not stopping it");
        String issued = token("official-gz");
        assertThat(bearer(HttpMethod.GET, "/api/tasks", issued).getStatusCode()).isEqualTo(HttpStatus.OK);
        Duration restart = restartKeycloak(() -> {
            assertThat(bearer(HttpMethod.GET, "/api/tasks", issued).getStatusCode()).isEqualTo(HttpStatus.OK);
            ResponseEntity<Map<String, Object>> unknownKey = bearer(HttpMethod.GET, "/api/tasks", unknownKeyToken());
            assertThat(unknownKey.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(unknownKey.getBody()).containsEntry("code", "IDENTITY_PROVIDER_UNAVAILABLE");
            // a person who clicks "sign in" gets the platform's plain page, not the browser's connection error
            ResponseEntity<String> signIn = http.getForEntity("/oauth2/authorization/keycloak", String.class);
            assertThat(signIn.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(signIn.getBody()).contains("登录服务暂时无法访问", "Sign-on is unavailable");
        });
        System.out.printf("Keycloak restarted in %d ms%n", restart.toMillis());
        assertThat(call(HttpMethod.GET, "/api/tasks", "official-gz", null).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    // --- helpers

    static Map<String, Object> foundation(String division) {
        String city = switch (division) {
            case "440100" -> "广州市";
            case "440300" -> "深圳市";
            case "440000" -> "广东省";
            default -> "北京市";
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orgType", "FOUNDATION");
        body.put("scope", "LOCAL");
        body.put("name", city + "木棉" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "助学基金会");
        body.put("divisionCode", division);
        body.put("supervisingUnit", city + "教育局");
        body.put("legalRepresentative", "林木棉");
        body.put("activityFunds", 4_000_000);
        body.put("publicFundraising", true);
        body.put("address", city + "越秀区1号");
        body.put("businessScope", "资助家庭经济困难学生完成学业");
        return body;
    }

    ResponseEntity<Map<String, Object>> call(HttpMethod method, String path, String user, Object body) {
        return exchange(method, path, user == null ? null : token(user), body);
    }

    ResponseEntity<Map<String, Object>> bearer(HttpMethod method, String path, String token) {
        return exchange(method, path, token, null);
    }

    private ResponseEntity<Map<String, Object>> exchange(HttpMethod method, String path, String token, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (token != null) {
            headers.setBearerAuth(token);
        }
        ResponseEntity<String> r = http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
        Map<String, Object> parsed = null;
        try {
            if (r.getBody() != null && r.getBody().startsWith("{")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = JSON.readValue(r.getBody(), Map.class);
                parsed = map;
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new ResponseEntity<>(parsed, r.getHeaders(), r.getStatusCode());
    }

    List<Map<String, Object>> tasks(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token(user));
        ResponseEntity<List<Map<String, Object>>> r = http.exchange("/api/tasks", HttpMethod.GET,
                new HttpEntity<>(headers), new org.springframework.core.ParameterizedTypeReference<>() {
                });
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        return r.getBody();
    }

    List<String> taskIds(String user) {
        return tasks(user).stream().map(t -> (String) t.get("id")).toList();
    }

    void assertInvalid(String token) {
        ResponseEntity<Map<String, Object>> r = bearer(HttpMethod.GET, "/api/tasks", token);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(r.getBody()).containsEntry("code", "INVALID_TOKEN").containsKeys("detailZh", "detailEn");
    }

    /** Signed with a key Keycloak never published, but naming the realm as issuer: the API must look the key up. */
    static String unknownKeyToken() {
        try {
            var key = new RSAKeyGenerator(2048).keyID("not-" + UUID.randomUUID()).generate();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    new JWTClaimsSet.Builder().issuer(keycloak().issuer()).subject("x").audience("socorg-api")
                            .claim("preferred_username", "official-gz")
                            .expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}

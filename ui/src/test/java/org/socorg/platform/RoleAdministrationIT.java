package org.socorg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socorg.platform.audit.AuditLog;
import org.socorg.platform.audit.AuditedEntry;
import org.socorg.platform.identity.RoleChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Role administration against the real Keycloak, through the admin client: a provincial administrator manages the
 * users of their province and its cities, and nothing outside it; every change is sealed in the audit log.
 */
class RoleAdministrationIT extends WithKeycloak {

    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };
    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @Autowired TestRestTemplate http;
    @Autowired AuditLog audit;

    @Test
    void a_provincial_administrator_manages_users_of_the_province_and_its_cities() {
        String name = "it-gz-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<Map<String, Object>> created = call(HttpMethod.POST, "/api/admin/users", "admin-gd",
                Map.of("username", name, "firstName", "林", "lastName", "测试", "divisionCode", "440100",
                        "roles", List.of("registration-officer"), "initialPassword", "change-me-now"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("username", name).containsEntry("divisionCode", "440100")
                .containsEntry("enabled", true).containsEntry("roles", List.of("registration-officer"));
        assertThat(list("admin-gd")).anyMatch(u -> name.equals(u.get("username")))
                .noneMatch(u -> "official1".equals(u.get("username")));

        assertThat(call(HttpMethod.PUT, "/api/admin/users/" + name + "/roles/director", "admin-gd", null).getBody()
                .get("roles")).asList().containsExactlyInAnyOrder("registration-officer", "director");
        assertThat(call(HttpMethod.DELETE, "/api/admin/users/" + name + "/roles/registration-officer", "admin-gd",
                null).getBody().get("roles")).asList().containsExactly("director");
        assertThat(call(HttpMethod.PUT, "/api/admin/users/" + name + "/authority", "admin-gd",
                Map.of("divisionCode", "440300")).getBody()).containsEntry("divisionCode", "440300");
        assertThat(call(HttpMethod.POST, "/api/admin/users/" + name + "/disable", "admin-gd", null).getBody())
                .containsEntry("enabled", false);

        // every change sealed in the audit log, naming the administrator who made it
        List<Map<String, Object>> sealed = audit.caseTrail("user:" + name).stream().map(AuditedEntry::fields).toList();
        assertThat(sealed).extracting(f -> f.get("outcome")).containsExactly(
                RoleChanged.Change.USER_CREATED.name(), RoleChanged.Change.ROLES_GRANTED.name(),
                RoleChanged.Change.ROLES_REVOKED.name(), RoleChanged.Change.AUTHORITY_CHANGED.name(),
                RoleChanged.Change.USER_DISABLED.name());
        assertThat(sealed).allSatisfy(f -> assertThat(f).containsEntry("actor", "admin-gd")
                .containsEntry("kind", "identity.role-changed"));
    }

    @Test
    void an_administrator_cannot_act_outside_their_jurisdiction() {
        ResponseEntity<Map<String, Object>> elsewhere = call(HttpMethod.POST, "/api/admin/users", "admin-gd",
                Map.of("username", "it-bj-" + UUID.randomUUID().toString().substring(0, 8), "divisionCode", "110000",
                        "roles", List.of("registration-officer")));
        assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(elsewhere.getBody()).containsEntry("code", "OUTSIDE_JURISDICTION");
        // a Beijing official is not theirs to see, let alone to promote
        assertThat(call(HttpMethod.PUT, "/api/admin/users/official1/roles/director", "admin-gd", null)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // nor can they move their own city's officer out of the province
        assertThat(call(HttpMethod.PUT, "/api/admin/users/official-gz/authority", "admin-gd",
                Map.of("divisionCode", "110000")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call(HttpMethod.PUT, "/api/admin/users/official-gz/roles/no-such-role", "admin-gd", null)
                .getBody()).containsEntry("code", "UNKNOWN_ROLE");
        assertThat(call(HttpMethod.GET, "/api/admin/users", "official-gz", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void the_national_administrator_sees_every_authority_and_the_applicants() {
        assertThat(list("admin1")).extracting(u -> u.get("username"))
                .contains("official1", "official-gz", "official-sh", "applicant1");
    }

    @Test
    void an_administrator_picks_among_the_authorities_of_their_jurisdiction_by_name() {
        assertThat(list("admin-gd", "/api/admin/users/authorities"))
                .extracting(a -> a.get("divisionCode"), a -> a.get("nameZh"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("440000", "广东省民政厅"),
                        org.assertj.core.groups.Tuple.tuple("440100", "广州市民政局"),
                        org.assertj.core.groups.Tuple.tuple("440300", "深圳市民政局"));
        assertThat(list("admin1", "/api/admin/users/authorities")).extracting(a -> a.get("divisionCode"))
                .contains("100000", "110000", "310000", "440000", "440100", "440300");
    }

    List<Map<String, Object>> list(String user) {
        return list(user, "/api/admin/users");
    }

    List<Map<String, Object>> list(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token(user));
        ResponseEntity<List<Map<String, Object>>> r = http.exchange(path, HttpMethod.GET,
                new HttpEntity<>(headers), LIST);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        return r.getBody();
    }

    ResponseEntity<Map<String, Object>> call(HttpMethod method, String path, String user, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        headers.setBearerAuth(token(user));
        return http.exchange(path, method, new HttpEntity<>(body, headers), MAP);
    }
}

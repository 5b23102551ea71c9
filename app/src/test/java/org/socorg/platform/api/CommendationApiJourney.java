package org.socorg.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socorg.platform.organization.CreditCodes;
import org.socorg.platform.organization.NewOrganization;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.organization.OrganizationScope;
import org.socorg.platform.organization.OrganizationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The commendation journey over real HTTP: a director of the organization's authority records a commendation, the
 * public organization page shows it with its audit trail, the director withdraws it with a reason and the page no
 * longer shows it, while the row and both seals stay and the audit reconciliation finds them matching. Run on H2 by
 * {@link CommendationApiTest} and on MariaDB/MySQL by {@link CommendationApiMariaDbIT}.
 */
abstract class CommendationApiJourney extends ApiJourneySupport {

    @Autowired OrganizationRegistry registry;
    @Autowired JdbcTemplate jdbc;

    /** An organization registered with the Beijing authority (110000), whose director is {@code director1}. */
    Organization organization() {
        return registry.register(new NewOrganization(
                "北京市受表彰" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "基金会",
                OrganizationType.FOUNDATION, OrganizationScope.LOCAL, "110000", "北京市民政局", "李某",
                new BigDecimal("4000000"), "北京市东城区1号", "资助", UUID.randomUUID().toString(), "applicant1",
                "director1"));
    }

    static Map<String, Object> commendation(String creditCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("creditCode", creditCode);
        body.put("title", "全国先进社会组织");
        body.put("awardingBody", "民政部");
        body.put("awardedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(2).toString());
        body.put("documentNumber", "民发〔2026〕18号");
        body.put("note", "第三批");
        return body;
    }

    Map<String, Object> record(Map<String, Object> body) {
        ResponseEntity<Map<String, Object>> r = call(HttpMethod.POST, "/api/commendations", "director1", body);
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.CREATED);
        return r.getBody();
    }

    /** The records of the commendations section of the organization's public page (no sign-in). */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> publicCommendations(String creditCode) {
        Map<String, Object> page = call(HttpMethod.GET, "/api/public/organizations/" + creditCode, null, null)
                .getBody();
        Map<String, Object> section = ((List<Map<String, Object>>) page.get("sections")).stream()
                .filter(s -> "commendations".equals(s.get("key"))).findFirst().orElseThrow();
        assertThat(section).containsEntry("complete", true);
        return (List<Map<String, Object>>) section.get("records");
    }

    @SuppressWarnings("unchecked")
    List<String> trailKinds(String businessKey) {
        return list("/api/audit/cases/" + businessKey, null).stream()
                .map(e -> (String) ((Map<String, Object>) e.get("entry")).get("kind")).toList();
    }

    int rows(String creditCode) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM commendation WHERE credit_code = ?", Integer.class,
                creditCode);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> commendationMismatches() {
        Map<String, Object> report = call(HttpMethod.GET, "/api/audit/reconciliation", "auditor1", null).getBody();
        return ((List<Map<String, Object>>) report.get("mismatches")).stream()
                .filter(m -> String.valueOf(m.get("ref")).startsWith("commendation:")).toList();
    }

    static void assertProblem(ResponseEntity<Map<String, Object>> r, HttpStatus status, String code) {
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(status);
        assertThat(r.getHeaders().getContentType()).isNotNull();
        assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(r.getBody()).containsEntry("status", status.value()).containsEntry("code", code)
                .containsKeys("detailZh", "detailEn");
        assertThat(r.getBody().toString()).doesNotContain("Exception", "at org.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_director_records_a_commendation_the_public_sees_it_and_a_withdrawal_hides_it_sealed_both_times() {
        Organization org = organization();
        assertThat(publicCommendations(org.creditCode())).isEmpty();

        Map<String, Object> recorded = record(commendation(org.creditCode()));
        long id = ((Number) recorded.get("id")).longValue();
        assertThat(recorded).containsEntry("creditCode", org.creditCode()).containsEntry("divisionCode", "110000")
                .containsEntry("title", "全国先进社会组织").containsEntry("recordedBy", "director1")
                .containsEntry("withdrawn", false);

        List<Map<String, Object>> shown = publicCommendations(org.creditCode());
        assertThat(shown).hasSize(1);
        Map<String, Object> shownRecord = shown.get(0);
        assertThat(shownRecord).containsEntry("id", String.valueOf(id)).containsEntry("titleZh", "表彰：全国先进社会组织")
                .containsEntry("businessKey", "commendation:" + id);
        assertThat(((List<Map<String, Object>>) shownRecord.get("fields")).stream().map(f -> f.get("value")))
                .contains("全国先进社会组织", "民政部", "民发〔2026〕18号", "第三批", commendation("x").get("awardedOn"));
        assertThat(shownRecord.toString()).as("who recorded it is not public").doesNotContain("director1");
        assertThat(trailKinds("commendation:" + id)).containsExactly("commendation.recorded");

        ResponseEntity<Map<String, Object>> withdrawn = call(HttpMethod.POST,
                "/api/commendations/" + id + "/withdraw", "director1", Map.of("reason", "文号录入错误"));
        assertThat(withdrawn.getStatusCode()).as(String.valueOf(withdrawn.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(withdrawn.getBody()).containsEntry("withdrawn", true).containsEntry("withdrawnBy", "director1")
                .containsEntry("withdrawalReason", "文号录入错误");
        assertThat(publicCommendations(org.creditCode())).as("withdrawn: no longer public").isEmpty();
        assertThat(rows(org.creditCode())).as("the record stays").isEqualTo(1);
        assertThat(trailKinds("commendation:" + id)).containsExactly("commendation.recorded", "commendation.withdrawn");
        assertProblem(call(HttpMethod.POST, "/api/commendations/" + id + "/withdraw", "director1",
                Map.of("reason", "再次撤回")), HttpStatus.CONFLICT, "ALREADY_WITHDRAWN");
        assertThat(trailKinds("commendation:" + id)).hasSize(2);

        assertThat(commendationMismatches()).as("the latest seal of each commendation matches its row").isEmpty();
        jdbc.update("UPDATE commendation SET withdrawal_reason = ? WHERE id = ?", "篡改", id);
        try {
            assertThat(commendationMismatches()).singleElement()
                    .satisfies(m -> assertThat(m).containsEntry("ref", "commendation:" + id))
                    .satisfies(m -> assertThat((String) m.get("problem")).contains("withdrawalReason"));
        } finally {
            jdbc.update("UPDATE commendation SET withdrawal_reason = ? WHERE id = ?", "文号录入错误", id);
        }
        assertThat(commendationMismatches()).isEmpty();
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_nothing_is_written() {
        Organization org = organization();

        Map<String, Object> missing = commendation(org.creditCode());
        missing.remove("title");
        missing.remove("awardedOn");
        missing.put("documentNumber", " ");
        ResponseEntity<Map<String, Object>> r = call(HttpMethod.POST, "/api/commendations", "director1", missing);
        assertProblem(r, HttpStatus.BAD_REQUEST, "INVALID_INPUT");
        assertThat(r.getBody().get("errors").toString()).contains("title", "awardedOn", "documentNumber")
                .doesNotContain("awardingBody");

        Map<String, Object> future = commendation(org.creditCode());
        future.put("awardedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString());
        ResponseEntity<Map<String, Object>> f = call(HttpMethod.POST, "/api/commendations", "director1", future);
        assertProblem(f, HttpStatus.BAD_REQUEST, "AWARD_DATE_IN_FUTURE");
        assertThat(f.getBody()).containsEntry("field", "awardedOn");

        ResponseEntity<Map<String, Object>> malformed = call(HttpMethod.POST, "/api/commendations", "director1",
                commendation("53110000MJ000001O1"));
        assertProblem(malformed, HttpStatus.BAD_REQUEST, "INVALID_CREDIT_CODE");
        assertThat(malformed.getBody()).containsEntry("field", "creditCode");

        String unknown = CreditCodes.compose('5', OrganizationType.FOUNDATION,
                "110000", CreditCodes.organizationBody("XW", 999_998)).toString();
        assertProblem(call(HttpMethod.POST, "/api/commendations", "director1", commendation(unknown)),
                HttpStatus.NOT_FOUND, "NOT_FOUND");

        Map<String, Object> tooLong = commendation(org.creditCode());
        tooLong.put("note", "很".repeat(501));
        assertThat(call(HttpMethod.POST, "/api/commendations", "director1", tooLong).getBody().get("errors")
                .toString()).contains("note");
        Map<String, Object> typo = commendation(org.creditCode());
        typo.put("awardedBy", "民政部");
        assertProblem(call(HttpMethod.POST, "/api/commendations", "director1", typo), HttpStatus.BAD_REQUEST,
                "UNKNOWN_FIELD");

        long id = ((Number) record(commendation(org.creditCode())).get("id")).longValue();
        ResponseEntity<Map<String, Object>> noReason = call(HttpMethod.POST, "/api/commendations/" + id + "/withdraw",
                "director1", Map.of("reason", ""));
        assertProblem(noReason, HttpStatus.BAD_REQUEST, "INVALID_INPUT");
        assertThat(noReason.getBody().get("errors").toString()).contains("reason");

        assertThat(rows(org.creditCode())).as("only the one valid commendation was written").isEqualTo(1);
        assertThat(publicCommendations(org.creditCode())).hasSize(1);
        assertThat(trailKinds("commendation:" + id)).containsExactly("commendation.recorded");
    }

    @Test
    void only_directors_of_the_organizations_authority_record_and_withdraw() {
        Organization org = organization();
        Map<String, Object> body = commendation(org.creditCode());

        assertProblem(call(HttpMethod.POST, "/api/commendations", "official-sh", body), HttpStatus.FORBIDDEN,
                "OUTSIDE_JURISDICTION");
        for (String notADirector : List.of("official1", "reviewer1", "enforcer1", "applicant1", "auditor1")) {
            assertProblem(call(HttpMethod.POST, "/api/commendations", notADirector, body), HttpStatus.FORBIDDEN,
                    "FORBIDDEN");
        }
        assertThat(call(HttpMethod.POST, "/api/commendations", null, body).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rows(org.creditCode())).isZero();

        long id = ((Number) record(body).get("id")).longValue();
        Map<String, Object> reason = Map.of("reason", "录入错误");
        assertProblem(call(HttpMethod.POST, "/api/commendations/" + id + "/withdraw", "official-sh", reason),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
        for (String notADirector : List.of("official1", "applicant1")) {
            assertProblem(call(HttpMethod.POST, "/api/commendations/" + id + "/withdraw", notADirector, reason),
                    HttpStatus.FORBIDDEN, "FORBIDDEN");
        }
        assertThat(call(HttpMethod.POST, "/api/commendations/" + id + "/withdraw", null, reason).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertProblem(call(HttpMethod.POST, "/api/commendations/999999999/withdraw", "director1", reason),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertThat(publicCommendations(org.creditCode())).as("still public: nobody else could withdraw it")
                .hasSize(1);
        assertThat(trailKinds("commendation:" + id)).containsExactly("commendation.recorded");
    }
}

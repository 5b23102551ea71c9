package org.socorg.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.organization.Organization;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** The complaint journey on H2, and every refusal its endpoints give. */
@SpringBootTest(classes = TestPlatformApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ComplaintApiTest extends ComplaintApiJourney {

    @Test
    void a_signed_in_reporter_files_too_and_invalid_reports_are_refused_naming_the_field() {
        Organization org = organization();
        assertThat(file(complaint(org.creditCode()), "applicant1")).containsKey("trackingCode");
        int before = list("/api/complaints?limit=200", "enforcer1").size();

        Map<String, Object> noCategory = complaint(org.creditCode());
        noCategory.remove("category");
        noCategory.put("description", "太短");
        ResponseEntity<Map<String, Object>> r = call(HttpMethod.POST, "/api/complaints", null, noCategory);
        assertProblem(r, HttpStatus.BAD_REQUEST, "INVALID_INPUT");
        assertThat(r.getBody().get("errors").toString()).contains("category", "description");

        Map<String, Object> badCode = complaint("53110000MJ000001O1");
        ResponseEntity<Map<String, Object>> bad = call(HttpMethod.POST, "/api/complaints", null, badCode);
        assertProblem(bad, HttpStatus.BAD_REQUEST, "INVALID_CREDIT_CODE");
        assertThat(bad.getBody()).containsEntry("field", "creditCode");

        Map<String, Object> anonymousWithContact = complaint(org.creditCode());
        anonymousWithContact.put("anonymous", true);
        ResponseEntity<Map<String, Object>> anon = call(HttpMethod.POST, "/api/complaints", null, anonymousWithContact);
        assertProblem(anon, HttpStatus.BAD_REQUEST, "ANONYMOUS_WITH_CONTACT");
        assertThat(anon.getBody()).containsEntry("field", "contact");

        Map<String, Object> nobody = complaint(null);
        ResponseEntity<Map<String, Object>> none = call(HttpMethod.POST, "/api/complaints", null, nobody);
        assertProblem(none, HttpStatus.BAD_REQUEST, "ORGANIZATION_REQUIRED");
        assertThat(none.getBody()).containsEntry("field", "organizationName");

        Map<String, Object> tooLong = complaint(org.creditCode());
        tooLong.put("description", "很".repeat(5001));
        assertThat(call(HttpMethod.POST, "/api/complaints", null, tooLong).getBody().get("errors").toString())
                .contains("description");
        Map<String, Object> typo = complaint(org.creditCode());
        typo.put("reporter", "me");
        ResponseEntity<Map<String, Object>> unknown = call(HttpMethod.POST, "/api/complaints", null, typo);
        assertProblem(unknown, HttpStatus.BAD_REQUEST, "UNKNOWN_FIELD");
        assertThat(unknown.getBody()).containsEntry("field", "reporter");
        Map<String, Object> wrongCategory = complaint(org.creditCode());
        wrongCategory.put("category", "GOSSIP");
        assertThat(call(HttpMethod.POST, "/api/complaints", null, wrongCategory).getBody())
                .containsEntry("field", "category");
        assertThat(list("/api/complaints?limit=200", "enforcer1")).as("nothing was filed").hasSize(before);
    }

    @Test
    void a_malformed_tracking_code_is_400_and_an_unknown_one_404() {
        ResponseEntity<Map<String, Object>> malformed = call(HttpMethod.GET, "/api/complaints/track/ABC", null, null);
        assertProblem(malformed, HttpStatus.BAD_REQUEST, "INVALID_TRACKING_CODE");
        assertThat(malformed.getBody()).containsEntry("field", "trackingCode");
        assertProblem(call(HttpMethod.GET, "/api/complaints/track/OOOOOOOOOOOOOOOOOOOO", null, null),
                HttpStatus.BAD_REQUEST, "INVALID_TRACKING_CODE");
        assertProblem(call(HttpMethod.GET, "/api/complaints/track/00000000000000000000", null, null),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
    }

    @Test
    void only_enforcement_officers_of_the_organizations_authority_see_and_triage_a_complaint() {
        Organization org = organization();
        file(complaint(org.creditCode()), null);
        String id = (String) officerView(org.name()).get("id");

        assertProblem(call(HttpMethod.GET, "/api/complaints", null, null), HttpStatus.UNAUTHORIZED,
                "NOT_AUTHENTICATED");
        for (String notAnOfficer : List.of("applicant1", "official1", "director1")) {
            assertProblem(call(HttpMethod.GET, "/api/complaints", notAnOfficer, null), HttpStatus.FORBIDDEN,
                    "FORBIDDEN");
            assertProblem(call(HttpMethod.GET, "/api/complaints/" + id, notAnOfficer, null), HttpStatus.FORBIDDEN,
                    "FORBIDDEN");
        }
        assertProblem(call(HttpMethod.GET, "/api/complaints/" + id, "enforcer-sh", null), HttpStatus.NOT_FOUND,
                "NOT_FOUND");
        assertThat(list("/api/complaints?limit=200", "enforcer-sh")).noneMatch(c -> id.equals(c.get("id")));
        String taskId = taskId("enforcer1", id, "UserTask_TriageComplaint");
        assertProblem(call(HttpMethod.POST, "/api/tasks/" + taskId + "/claim", "enforcer-sh", null),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(call(HttpMethod.POST, "/api/tasks/" + taskId + "/claim", "official1", null),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(call(HttpMethod.GET, "/api/enforcement-cases", "applicant1", null), HttpStatus.FORBIDDEN,
                "FORBIDDEN");
        assertProblem(call(HttpMethod.GET, "/api/enforcement-cases/no-such-case", "enforcer-sh", null),
                HttpStatus.NOT_FOUND, "NOT_FOUND");

        // dismissing needs reasons; a refused decision changes nothing
        assertThat(call(HttpMethod.POST, "/api/tasks/" + taskId + "/claim", "enforcer1", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertProblem(call(HttpMethod.POST, "/api/tasks/" + taskId + "/complete", "enforcer1",
                Map.of("outcome", "DISMISS")), HttpStatus.BAD_REQUEST, "COMMENT_REQUIRED");
        assertThat(call(HttpMethod.GET, "/api/complaints/" + id, "enforcer1", null).getBody())
                .containsEntry("status", "RECEIVED");
    }

    @Test
    void only_enforcement_officers_maintain_the_illegal_organization_list_of_their_own_authority() {
        Map<String, Object> entry = Map.of("name", "某某非法促进会", "description", "未经登记开展活动");
        assertProblem(call(HttpMethod.POST, "/api/illegal-organizations", null, entry), HttpStatus.UNAUTHORIZED,
                "NOT_AUTHENTICATED");
        assertProblem(call(HttpMethod.POST, "/api/illegal-organizations", "official1", entry), HttpStatus.FORBIDDEN,
                "FORBIDDEN");
        ResponseEntity<Map<String, Object>> invalid = call(HttpMethod.POST, "/api/illegal-organizations", "enforcer1",
                Map.of("name", ""));
        assertProblem(invalid, HttpStatus.BAD_REQUEST, "INVALID_INPUT");
        assertThat(invalid.getBody().get("errors").toString()).contains("name", "description");
        Object id = call(HttpMethod.POST, "/api/illegal-organizations", "enforcer1", entry).getBody().get("id");
        assertProblem(call(HttpMethod.POST, "/api/illegal-organizations/" + id + "/withdraw", "enforcer-sh", null),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(call(HttpMethod.GET, "/api/illegal-organizations?division=x", null, null),
                HttpStatus.BAD_REQUEST, "INVALID_DIVISION");
    }
}

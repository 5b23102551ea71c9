package org.socorg.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
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

/**
 * The complaint journey over real HTTP: anyone reports an organization without signing in, the enforcement officer
 * opens a case, investigates and proposes a fine, the director approves, and the reporter follows it all with the
 * tracking code. Run on H2 by {@link ComplaintApiTest} and on MariaDB/MySQL by {@link ComplaintApiMariaDbIT}.
 */
abstract class ComplaintApiJourney extends ApiJourneySupport {

    @Autowired OrganizationRegistry registry;

    /** The organization complained about, registered in Beijing (110000); establishment has its own journey. */
    Organization organization() {
        return registry.register(new NewOrganization(
                "北京市被举报" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "基金会",
                OrganizationType.FOUNDATION, OrganizationScope.LOCAL, "110000", "北京市民政局", "李某",
                new BigDecimal("4000000"), "北京市东城区1号", "资助", UUID.randomUUID().toString(), "applicant1",
                "director1"));
    }

    static Map<String, Object> complaint(String creditCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("creditCode", creditCode);
        body.put("category", "ILLEGAL_FUNDRAISING");
        body.put("description", "该组织在地铁站以救助重病儿童名义募捐，未出示任何备案信息。");
        body.put("contact", "13800000000");
        return body;
    }

    String taskId(String user, String businessKey, String taskKey) {
        return list("/api/tasks", user).stream()
                .filter(t -> businessKey.equals(t.get("businessKey")) && taskKey.equals(t.get("taskDefinitionKey")))
                .map(t -> (String) t.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError(user + " has no " + taskKey + " for " + businessKey));
    }

    void claimAndComplete(String user, String businessKey, String taskKey, Map<String, Object> decision) {
        String id = taskId(user, businessKey, taskKey);
        assertThat(call(HttpMethod.POST, "/api/tasks/" + id + "/claim", user, null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<Map<String, Object>> done = call(HttpMethod.POST, "/api/tasks/" + id + "/complete", user,
                decision);
        assertThat(done.getStatusCode()).as(String.valueOf(done.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    }

    Map<String, Object> file(Map<String, Object> body, String user) {
        ResponseEntity<Map<String, Object>> r = call(HttpMethod.POST, "/api/complaints", user, body);
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.CREATED);
        return r.getBody();
    }

    /** The officer's view of the complaint filed with this tracking code (newest complaints first). */
    Map<String, Object> officerView(String organizationName) {
        return list("/api/complaints?limit=200", "enforcer1").stream()
                .filter(c -> organizationName.equals(c.get("organizationName"))).findFirst().orElseThrow();
    }

    static void assertProblem(ResponseEntity<Map<String, Object>> r, HttpStatus status, String code) {
        assertThat(r.getStatusCode()).isEqualTo(status);
        assertThat(r.getHeaders().getContentType()).isNotNull();
        assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(r.getBody()).containsEntry("status", status.value()).containsEntry("code", code)
                .containsKeys("detailZh", "detailEn");
        assertThat(r.getBody().toString()).doesNotContain("Exception", "at org.");
    }

    @Test
    void an_anonymous_report_is_followed_by_its_tracking_code_to_the_fine_it_led_to() {
        Organization org = organization();
        Map<String, Object> receipt = file(complaint(org.creditCode()), null);
        String code = (String) receipt.get("trackingCode");
        assertThat(code).matches("[0-9A-HJ-NP-RTUW-Y]{20}");
        assertThat(receipt).containsEntry("status", "RECEIVED").doesNotContainKeys("id", "contact");
        assertThat(call(HttpMethod.GET, "/api/complaints/track/" + code, null, null).getBody())
                .containsEntry("status", "RECEIVED").containsEntry("organizationName", org.name());

        Map<String, Object> complaint = officerView(org.name());
        String complaintId = (String) complaint.get("id");
        assertThat(complaint).containsEntry("divisionCode", "110000").containsEntry("contact", "13800000000")
                .doesNotContainKey("reporterId");
        claimAndComplete("enforcer1", complaintId, "UserTask_TriageComplaint", Map.of("outcome", "OPEN_CASE"));
        String caseId = (String) call(HttpMethod.GET, "/api/complaints/" + complaintId, "enforcer1", null).getBody()
                .get("caseId");
        assertThat(call(HttpMethod.GET, "/api/complaints/track/" + code, null, null).getBody())
                .containsEntry("status", "UNDER_INVESTIGATION");

        claimAndComplete("enforcer1", caseId, "UserTask_InvestigateCase", Map.of("outcome", "PROPOSE",
                "comment", "查实未备案公开募捐12万元",
                "data", Map.of("proposedOutcome", "FINE", "fineAmount", 80000, "reason", "未经备案开展公开募捐",
                        "legalBasis", "《慈善法》第一百零一条")));
        Map<String, Object> proposed = call(HttpMethod.GET, "/api/enforcement-cases/" + caseId, "director1", null)
                .getBody();
        assertThat(proposed).containsEntry("status", "AWAITING_DECISION").containsEntry("proposedOutcome", "FINE");
        claimAndComplete("director1", caseId, "UserTask_DecideOutcome", Map.of("outcome", "APPROVE"));

        Map<String, Object> closed = call(HttpMethod.GET, "/api/enforcement-cases/" + caseId, "enforcer1", null)
                .getBody();
        assertThat(closed).containsEntry("status", "CLOSED").containsEntry("outcome", "FINE");
        @SuppressWarnings("unchecked")
        Map<String, Object> penalty = (Map<String, Object>) closed.get("penalty");
        String decisionNumber = (String) penalty.get("decisionNumber");
        assertThat(decisionNumber).startsWith("110000民罚字");

        ResponseEntity<Map<String, Object>> tracked = call(HttpMethod.GET, "/api/complaints/track/" + code.toLowerCase(),
                null, null);
        assertThat(tracked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tracked.getBody()).containsEntry("status", "PENALTY_IMPOSED").containsEntry("outcome", "FINE")
                .containsEntry("decisionNumber", decisionNumber).containsEntry("reason", "未经备案开展公开募捐")
                .containsEntry("legalBasis", "《慈善法》第一百零一条");
        assertThat(tracked.getBody().toString()).doesNotContain("13800000000", "地铁站", complaintId);
        // the audit trail of the complaint is public, and names no reporter
        ResponseEntity<List<Map<String, Object>>> trail = http.exchange("/api/audit/cases/" + complaintId,
                HttpMethod.GET, null, LIST);
        assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(trail.getBody().toString()).doesNotContain("13800000000", "地铁站");
    }

    @Test
    void ends_complaints_merged_and_dismissed_and_a_supervised_case_closed_without_penalty() {
        Organization org = organization();
        String first = (String) file(complaint(org.creditCode()), null).get("trackingCode");
        String complaintId = (String) officerView(org.name()).get("id");
        String intake = engineCaseByKey("complaint-intake", complaintId);
        fireTimer(intake, "BoundaryEvent_TriageReminder");
        fireTimer(intake, "BoundaryEvent_TriageOverdue");
        decide("supervisor1", intake, "UserTask_SuperviseOverdueTriage", "ACKNOWLEDGE", "已督促当日分办");
        assertReached(intake, "EndEvent_TriageReminderSent", "EndEvent_TriageSupervised");
        decide("enforcer1", intake, "UserTask_TriageComplaint", "OPEN_CASE", null);
        assertEndedAt(intake, "EndEvent_CaseOpened");

        // the same organization and subject again: suggested as duplicate and merged into the first
        String second = (String) file(complaint(org.creditCode()), "applicant2").get("trackingCode");
        Map<String, Object> duplicate = list("/api/complaints?limit=200", "enforcer1").stream()
                .filter(c -> org.name().equals(c.get("organizationName")) && !complaintId.equals(c.get("id")))
                .findFirst().orElseThrow();
        assertThat(duplicate).containsEntry("suggestedDuplicateOf", complaintId);
        String duplicateIntake = engineCaseByKey("complaint-intake", (String) duplicate.get("id"));
        decide("enforcer1", duplicateIntake, "UserTask_TriageComplaint", "MERGE", "与已立案举报重复");
        assertEndedAt(duplicateIntake, "EndEvent_Merged");

        // another subject without substance: dismissed with reasons the reporter reads
        Map<String, Object> vague = complaint(org.creditCode());
        vague.put("category", "OTHER");
        String third = (String) file(vague, null).get("trackingCode");
        String vagueId = (String) list("/api/complaints?limit=200", "enforcer1").stream()
                .filter(c -> org.name().equals(c.get("organizationName")) && "OTHER".equals(c.get("category")))
                .findFirst().orElseThrow().get("id");
        String vagueIntake = engineCaseByKey("complaint-intake", vagueId);
        decide("enforcer1", vagueIntake, "UserTask_TriageComplaint", "DISMISS", "举报内容无具体事实");
        assertEndedAt(vagueIntake, "EndEvent_Dismissed");
        assertThat(call(HttpMethod.GET, "/api/complaints/track/" + third, null, null).getBody())
                .containsEntry("status", "DISMISSED");

        String caseId = (String) call(HttpMethod.GET, "/api/complaints/" + complaintId, "enforcer1", null).getBody()
                .get("caseId");
        String enforcement = engineCaseByKey("enforcement-case", caseId);
        fireTimer(enforcement, "BoundaryEvent_InvestigationReminder");
        fireTimer(enforcement, "BoundaryEvent_InvestigationOverdue");
        decide("supervisor1", enforcement, "UserTask_SuperviseOverdueInvestigation", "ACKNOWLEDGE", "已督促限期结案");
        assertReached(enforcement, "EndEvent_InvestigationReminderSent", "EndEvent_InvestigationSupervised");
        decide("enforcer1", enforcement, "UserTask_InvestigateCase", "PROPOSE", "经查募捐系备案项目，举报不实",
                Map.of("proposedOutcome", "DISMISSAL"));
        decide("director1", enforcement, "UserTask_DecideOutcome", "APPROVE", null);
        assertEndedAt(enforcement, "EndEvent_ClosedWithoutPenalty");
        for (String code : List.of(first, second)) {
            assertThat(call(HttpMethod.GET, "/api/complaints/track/" + code, null, null).getBody())
                    .as("the merged report follows the case").containsEntry("status", "CLOSED_NO_PENALTY");
        }
    }

    @Test
    void enforcement_officers_publish_and_withdraw_illegal_organizations_for_everyone_to_see() {
        String name = "中华某某" + UUID.randomUUID().toString().substring(0, 6) + "文化促进总会";
        ResponseEntity<Map<String, Object>> published = call(HttpMethod.POST, "/api/illegal-organizations",
                "enforcer1", Map.of("name", name, "description", "未经登记，擅自以社会组织名义开展活动",
                        "legalBasis", "《取缔非法民间组织暂行办法》第二条"));
        assertThat(published.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Object id = published.getBody().get("id");
        assertThat(list("/api/illegal-organizations?division=11", null)).anyMatch(o -> name.equals(o.get("name")));
        assertThat(list("/api/illegal-organizations?division=31", null)).noneMatch(o -> name.equals(o.get("name")));
        assertThat(call(HttpMethod.POST, "/api/illegal-organizations/" + id + "/withdraw", "enforcer1", null)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list("/api/illegal-organizations", null)).noneMatch(o -> name.equals(o.get("name")));
    }
}

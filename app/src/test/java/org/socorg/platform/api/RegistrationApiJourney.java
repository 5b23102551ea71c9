package org.socorg.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socorg.platform.organization.CreditCode;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The REST journey a newcomer takes on the OpenAPI page, over real HTTP: file a foundation, accept, review,
 * decide, read the new organization; and the refusals each boundary must give. Run on H2 by
 * {@link RegistrationApiTest} and on MariaDB/MySQL by {@link RegistrationApiMariaDbIT}.
 */
abstract class RegistrationApiJourney extends ApiJourneySupport {

    static Map<String, Object> foundation(String name) {
        return Map.ofEntries(Map.entry("orgType", "FOUNDATION"), Map.entry("scope", "LOCAL"),
                Map.entry("name", name), Map.entry("supervisingUnit", "北京市教育委员会"),
                Map.entry("legalRepresentative", "王青禾"), Map.entry("activityFunds", 4_000_000),
                Map.entry("publicFundraising", true), Map.entry("address", "北京市海淀区学院路1号"),
                Map.entry("businessScope", "资助家庭经济困难学生完成学业"));
    }

    static String uniqueName() {
        return "北京市青禾" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "助学基金会";
    }

    List<Map<String, Object>> tasks(String user) {
        return list("/api/tasks", user);
    }

    void claimAndComplete(String user, String pid, String taskKey, String outcome, String comment) {
        String id = inboxTask(user, pid, taskKey);
        ResponseEntity<Map<String, Object>> claimed = call(HttpMethod.POST, "/api/tasks/" + id + "/claim", user, null);
        assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(claimed.getBody()).containsEntry("assignee", user).containsEntry("id", id);
        var body = comment == null ? Map.of("outcome", outcome) : Map.of("outcome", outcome, "comment", comment);
        assertThat(call(HttpMethod.POST, "/api/tasks/" + id + "/complete", user, body).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    Map<String, Object> submit(String name) {
        ResponseEntity<Map<String, Object>> r = call(HttpMethod.POST, "/api/registrations/establishments", "applicant1",
                foundation(name));
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(r.getHeaders().getLocation()).isNotNull();
        return r.getBody();
    }

    static void assertProblem(ResponseEntity<Map<String, Object>> r, HttpStatus status, String code) {
        assertThat(r.getStatusCode()).isEqualTo(status);
        assertThat(r.getHeaders().getContentType()).isNotNull();
        assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(r.getBody()).containsEntry("status", status.value()).containsEntry("code", code)
                .containsKeys("detailZh", "detailEn", "type", "title", "detail");
        assertThat(r.getBody().toString()).doesNotContain("Exception", "at org.");
    }

    @Test
    void registers_a_foundation_end_to_end_and_publishes_it() {
        String name = uniqueName();
        Map<String, Object> app = submit(name);
        assertThat(app).containsEntry("status", "SUBMITTED");
        String pid = (String) app.get("processInstanceId");
        String id = (String) app.get("id");

        claimAndComplete("official1", pid, "UserTask_CheckDocuments", "COMPLETE", null);
        assertThat(call(HttpMethod.GET, "/api/registrations/" + id, "applicant1", null).getBody())
                .containsEntry("status", "ACCEPTED");
        claimAndComplete("official1", pid, "UserTask_ReviewApplication", "RECOMMEND_APPROVAL", "符合条件");
        claimAndComplete("director1", pid, "UserTask_DecideRegistration", "APPROVE", null);

        Map<String, Object> decided = call(HttpMethod.GET, "/api/registrations/" + id, "applicant1", null).getBody();
        assertThat(decided).containsEntry("status", "APPROVED");
        String code = (String) decided.get("creditCode");
        assertThat(CreditCode.check(code).valid()).isTrue();

        ResponseEntity<Map<String, Object>> org = call(HttpMethod.GET, "/api/organizations/" + code, null, null);
        assertThat(org.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(org.getBody()).containsEntry("name", name).containsEntry("status", "ACTIVE")
                .containsEntry("orgType", "FOUNDATION").containsEntry("creditCode", code);
        assertThat((String) org.getBody().get("certificateNumber")).matches("110000-\\d{4}-\\d{7}");
        ResponseEntity<List<Map<String, Object>>> search = http.exchange("/api/organizations?q=" + name,
                HttpMethod.GET, null, LIST);
        assertThat(search.getBody()).extracting(o -> o.get("creditCode")).containsExactly(code);
        // "%" and "_" are searched for literally, not as wildcards matching every name.
        assertThat(http.exchange("/api/organizations?q=%25", HttpMethod.GET, null, LIST).getBody()).isEmpty();
        assertThat(http.exchange("/api/organizations?q=_", HttpMethod.GET, null, LIST).getBody()).isEmpty();
    }

    @Test
    void numbers_each_filing_for_people_to_quote_and_finds_it_by_that_number() {
        Map<String, Object> first = submit(uniqueName());
        Map<String, Object> second = submit(uniqueName());
        String number = (String) first.get("number");
        String division = (String) call(HttpMethod.GET, "/api/registrations/" + first.get("id"), "applicant1", null)
                .getBody().get("divisionCode");
        assertThat(number).matches(division + "-\\d{4}-\\d{6,}");
        assertThat((String) second.get("number")).matches(division + "-\\d{4}-\\d{6,}");
        long serial = Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
        String nextNumber = (String) second.get("number");
        assertThat(Long.parseLong(nextNumber.substring(nextNumber.lastIndexOf('-') + 1))).isGreaterThan(serial);

        assertThat(call(HttpMethod.GET, "/api/registrations/" + number, "applicant1", null).getBody())
                .containsEntry("id", first.get("id")).containsEntry("number", number);
        assertThat(call(HttpMethod.GET, "/api/registrations/" + number, "official1", null).getBody())
                .containsEntry("id", first.get("id"));
        // The number opens no more than the id does, and a number with the wrong authority or year is no number.
        assertProblem(call(HttpMethod.GET, "/api/registrations/" + number, "applicant2", null),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(call(HttpMethod.GET, "/api/registrations/" + number, "official-sh", null),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(call(HttpMethod.GET, "/api/registrations/" + "310000" + number.substring(6), "applicant1", null),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(call(HttpMethod.GET, "/api/registrations/" + division + "-1999-" + number.substring(12),
                "applicant1", null), HttpStatus.NOT_FOUND, "NOT_FOUND");
    }

    @Test
    void ends_an_application_not_accepted_and_one_refused_after_its_reminder_and_supervision() {
        Map<String, Object> rejected = submit(uniqueName());
        String rejectedPid = (String) rejected.get("processInstanceId");
        decide("official1", rejectedPid, "UserTask_CheckDocuments", "NOT_ACCEPTED", "不属于本机关登记管辖范围");
        assertReached(rejectedPid, "EndEvent_NotAcceptable");
        assertEndedAt(rejectedPid, "EndEvent_NotAccepted");
        assertThat(call(HttpMethod.GET, "/api/registrations/" + rejected.get("id"), "applicant1", null).getBody())
                .containsEntry("status", "NOT_ACCEPTED");

        Map<String, Object> refused = submit(uniqueName());
        String pid = (String) refused.get("processInstanceId");
        decide("official1", pid, "UserTask_CheckDocuments", "COMPLETE", null);
        fireTimer(pid, "BoundaryEvent_DeadlineReminder");
        // the reminder reaches the officials the review is offered to, in the case's authority only
        String id = (String) refused.get("id");
        assertThat(noticesOf("official1", "DEADLINE_NEAR", id)).singleElement().satisfies(n -> assertThat(
                (String) n.get("messageZh")).contains("法定办理时限将至")
                        .as("no English step name in the Chinese text").doesNotContainPattern("[a-z]{3,}"));
        assertThat(noticesOf("official-sh", "DEADLINE_NEAR", id)).isEmpty();
        assertThat(noticesOf("applicant1", "DEADLINE_NEAR", id)).isEmpty();
        fireTimer(pid, "BoundaryEvent_DeadlinePassed");
        decide("supervisor1", pid, "UserTask_SuperviseOverdueCase", "ACKNOWLEDGE", "已督促承办人三日内办结");
        assertReached(pid, "EndEvent_ReminderSent", "EndEvent_Supervised");
        decide("official1", pid, "UserTask_ReviewApplication", "RECOMMEND_REFUSAL", "业务范围与宗旨不符");
        decide("director1", pid, "UserTask_DecideRegistration", "REFUSE", "业务范围与宗旨不符");
        assertEndedAt(pid, "EndEvent_Refused");
        assertThat(call(HttpMethod.GET, "/api/registrations/" + refused.get("id"), "applicant1", null).getBody())
                .containsEntry("status", "REFUSED");
    }

    @Test
    void answers_a_malformed_code_with_what_is_wrong_and_an_unknown_one_with_404() {
        ResponseEntity<Map<String, Object>> bad = call(HttpMethod.GET, "/api/organizations/53110000MJ000001O1", null, null);
        assertProblem(bad, HttpStatus.BAD_REQUEST, "INVALID_CREDIT_CODE");
        assertThat(bad.getBody()).containsEntry("error", "ILLEGAL_CHARACTER").containsEntry("position", 17);

        ResponseEntity<Map<String, Object>> shortCode = call(HttpMethod.GET, "/api/organizations/5311", null, null);
        assertProblem(shortCode, HttpStatus.BAD_REQUEST, "INVALID_CREDIT_CODE");
        assertThat(shortCode.getBody()).containsEntry("error", "WRONG_LENGTH");

        String valid = org.socorg.platform.organization.CreditCodes.compose('5',
                org.socorg.platform.organization.OrganizationType.FOUNDATION, "110000",
                org.socorg.platform.organization.CreditCodes.organizationBody("ZZ".replace("Z", "X"), 999_999)).toString();
        assertProblem(call(HttpMethod.GET, "/api/organizations/" + valid, null, null), HttpStatus.NOT_FOUND, "NOT_FOUND");
    }

    @Test
    void refuses_incomplete_and_malformed_applications_without_filing_anything() {
        int before = applications("applicant2").size();
        Map<String, Object> missing = new java.util.HashMap<>(foundation(uniqueName()));
        missing.remove("name");
        missing.put("activityFunds", -5);
        ResponseEntity<Map<String, Object>> r = call(HttpMethod.POST, "/api/registrations/establishments", "applicant2", missing);
        assertProblem(r, HttpStatus.BAD_REQUEST, "INVALID_INPUT");
        assertThat(r.getBody().get("errors").toString()).contains("name", "activityFunds");

        assertProblem(call(HttpMethod.POST, "/api/registrations/establishments", "applicant2", "{not json"),
                HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST");
        Map<String, Object> wrongEnum = new java.util.HashMap<>(foundation(uniqueName()));
        wrongEnum.put("orgType", "CLUB");
        ResponseEntity<Map<String, Object>> badEnum = call(HttpMethod.POST, "/api/registrations/establishments",
                "applicant2", wrongEnum);
        assertProblem(badEnum, HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST");
        assertThat(badEnum.getBody()).containsEntry("field", "orgType");
        assertThat((String) badEnum.getBody().get("detailEn")).contains("CLUB", "FOUNDATION");
        Map<String, Object> typo = new java.util.HashMap<>(foundation(uniqueName()));
        typo.put("individualMember", 60);
        ResponseEntity<Map<String, Object>> unknown = call(HttpMethod.POST, "/api/registrations/establishments",
                "applicant2", typo);
        assertProblem(unknown, HttpStatus.BAD_REQUEST, "UNKNOWN_FIELD");
        assertThat(unknown.getBody()).containsEntry("field", "individualMember");
        assertThat(applications("applicant2")).hasSize(before);
    }

    List<Map<String, Object>> applications(String user) {
        return list("/api/registrations?limit=200", user);
    }

    @Test
    void refuses_callers_without_the_right_role_or_jurisdiction() {
        assertProblem(call(HttpMethod.POST, "/api/registrations/establishments", null, foundation(uniqueName())),
                HttpStatus.UNAUTHORIZED, "NOT_AUTHENTICATED");
        assertProblem(call(HttpMethod.POST, "/api/registrations/establishments", "nobody", foundation(uniqueName())),
                HttpStatus.UNAUTHORIZED, "UNKNOWN_USER");
        assertProblem(call(HttpMethod.POST, "/api/registrations/establishments", "official1", foundation(uniqueName())),
                HttpStatus.FORBIDDEN, "FORBIDDEN");

        Map<String, Object> app = submit(uniqueName());
        String id = (String) app.get("id");
        String pid = (String) app.get("processInstanceId");
        // Another applicant and another jurisdiction's official do not learn the application exists.
        assertProblem(call(HttpMethod.GET, "/api/registrations/" + id, "applicant2", null), HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(call(HttpMethod.GET, "/api/registrations/" + id, "official-sh", null), HttpStatus.NOT_FOUND, "NOT_FOUND");
        String taskId = inboxTask("official1", pid, "UserTask_CheckDocuments");
        assertThat(tasks("official-sh")).noneMatch(t -> taskId.equals(t.get("id")));
        assertProblem(call(HttpMethod.POST, "/api/tasks/" + taskId + "/claim", "official-sh", null),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
        // A director is not offered the acceptance check, and the applicant cannot complete it.
        assertProblem(call(HttpMethod.POST, "/api/tasks/" + taskId + "/claim", "director1", null),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(call(HttpMethod.POST, "/api/tasks/" + taskId + "/complete", "applicant1", Map.of("outcome", "COMPLETE")),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
    }

    @Test
    void refuses_wrong_task_steps_and_leaves_the_case_unchanged() {
        Map<String, Object> app = submit(uniqueName());
        String id = (String) app.get("id");
        String pid = (String) app.get("processInstanceId");
        String taskId = inboxTask("official1", pid, "UserTask_CheckDocuments");

        assertProblem(call(HttpMethod.POST, "/api/tasks/" + taskId + "/complete", "official1", Map.of("outcome", "COMPLETE")),
                HttpStatus.CONFLICT, "TASK_NOT_CLAIMED");
        assertThat(call(HttpMethod.POST, "/api/tasks/" + taskId + "/claim", "official1", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertProblem(call(HttpMethod.POST, "/api/tasks/" + taskId + "/claim", "official-sh", null),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(call(HttpMethod.POST, "/api/tasks/" + taskId + "/complete", "official1", Map.of("outcome", "APPROVE")),
                HttpStatus.BAD_REQUEST, "UNKNOWN_OUTCOME");
        assertProblem(call(HttpMethod.POST, "/api/tasks/" + taskId + "/complete", "official1", Map.of("outcome", "SUPPLEMENT")),
                HttpStatus.BAD_REQUEST, "COMMENT_REQUIRED");
        assertProblem(call(HttpMethod.POST, "/api/tasks/" + taskId + "/complete", "official1", Map.of()),
                HttpStatus.BAD_REQUEST, "INVALID_INPUT");
        // Nothing of the refused attempts was written: still waiting at the same task, still SUBMITTED.
        assertThat(inboxTask("official1", pid, "UserTask_CheckDocuments")).isEqualTo(taskId);
        assertThat(call(HttpMethod.GET, "/api/registrations/" + id, "official1", null).getBody())
                .containsEntry("status", "SUBMITTED");

        claimAndComplete("official1", pid, "UserTask_CheckDocuments", "COMPLETE", null);
        assertProblem(call(HttpMethod.POST, "/api/tasks/" + taskId + "/complete", "official1", Map.of("outcome", "COMPLETE")),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(call(HttpMethod.GET, "/api/registrations/" + UUID.randomUUID(), "official1", null),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(call(HttpMethod.GET, "/api/registrations?status=NOPE", "official1", null),
                HttpStatus.BAD_REQUEST, "HTTP_400");
    }

    @Test
    void gives_english_detail_when_asked_and_chinese_by_default() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en-US");
        ResponseEntity<Map<String, Object>> en = http.exchange("/api/organizations/123", HttpMethod.GET,
                new HttpEntity<>(headers), MAP);
        assertThat((String) en.getBody().get("detail")).isEqualTo(en.getBody().get("detailEn"));
        ResponseEntity<Map<String, Object>> zh = call(HttpMethod.GET, "/api/organizations/123", null, null);
        assertThat((String) zh.getBody().get("detail")).isEqualTo(zh.getBody().get("detailZh"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void serves_the_openapi_description() {
        ResponseEntity<Map<String, Object>> docs = call(HttpMethod.GET, "/api-docs", null, null);
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(((Map<String, Object>) docs.getBody().get("paths")).keySet()).contains(
                "/api/registrations/establishments", "/api/tasks/{id}/complete", "/api/organizations/{creditCode}");
    }
}

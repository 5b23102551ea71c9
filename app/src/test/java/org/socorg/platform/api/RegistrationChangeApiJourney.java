package org.socorg.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socorg.platform.organization.CreditCodes;
import org.socorg.platform.organization.OrganizationType;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Change and deregistration over real HTTP: establish a foundation, change its name, deregister it, and find its
 * retired code still in the public query; and every refusal of the two new endpoints. Run on H2 by
 * {@link RegistrationChangeApiTest} and on MariaDB/MySQL by {@link RegistrationChangeApiMariaDbIT}.
 */
abstract class RegistrationChangeApiJourney extends ApiJourneySupport {

    static String uniqueName(String middle) {
        return "北京市" + middle + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "基金会";
    }

    static void assertProblem(ResponseEntity<Map<String, Object>> r, HttpStatus status, String code) {
        assertThat(r.getStatusCode()).isEqualTo(status);
        assertThat(r.getHeaders().getContentType()).isNotNull();
        assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(r.getBody()).containsEntry("status", status.value()).containsEntry("code", code)
                .containsKeys("detailZh", "detailEn", "type", "title", "detail");
        assertThat(r.getBody().toString()).doesNotContain("Exception", "at org.");
    }

    /** Establishes a foundation through the API as applicant1 and answers its credit code. */
    String establish(String name) {
        Map<String, Object> body = Map.ofEntries(Map.entry("orgType", "FOUNDATION"), Map.entry("scope", "LOCAL"),
                Map.entry("name", name), Map.entry("supervisingUnit", "北京市教育委员会"),
                Map.entry("legalRepresentative", "王青禾"), Map.entry("activityFunds", 4_000_000),
                Map.entry("publicFundraising", true), Map.entry("address", "北京市海淀区学院路1号"),
                Map.entry("businessScope", "资助家庭经济困难学生完成学业"));
        ResponseEntity<Map<String, Object>> filed = call(HttpMethod.POST, "/api/registrations/establishments",
                "applicant1", body);
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String pid = (String) filed.getBody().get("processInstanceId");
        decide("official1", pid, "UserTask_CheckDocuments", "COMPLETE", null);
        decide("official1", pid, "UserTask_ReviewApplication", "RECOMMEND_APPROVAL", null);
        decide("director1", pid, "UserTask_DecideRegistration", "APPROVE", null);
        return (String) call(HttpMethod.GET, "/api/registrations/" + filed.getBody().get("id"), "applicant1", null)
                .getBody().get("creditCode");
    }

    static Map<String, Object> rename(String creditCode, String name) {
        return Map.of("creditCode", creditCode, "name", name, "reason", "理事会决议更名", "resolutionAdopted", true);
    }

    static Map<String, Object> deregistration(String creditCode) {
        return Map.of("creditCode", creditCode, "reason", "宗旨已经实现", "liquidationCompleted", true,
                "liquidationCompletedOn", "2026-08-31", "liquidationReportConfirmed", true,
                "remainingAssetsDisposal", "已捐赠北京市慈善基金会", "supervisingUnitConsent", true);
    }

    @Test
    void establishes_changes_the_name_and_deregisters_and_the_retired_code_stays_queryable() {
        String name = uniqueName("青禾");
        String code = establish(name);

        String newName = uniqueName("青禾教育");
        ResponseEntity<Map<String, Object>> change = call(HttpMethod.POST, "/api/registrations/changes",
                "applicant1", rename(code, newName));
        assertThat(change.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(change.getHeaders().getLocation()).isNotNull();
        assertThat(change.getBody()).containsEntry("kind", "CHANGE").containsEntry("status", "SUBMITTED")
                .containsEntry("creditCode", code);
        String changeId = (String) change.getBody().get("id");
        String changePid = (String) change.getBody().get("processInstanceId");
        assertThat(list("/api/tasks", "official1")).anySatisfy(t -> {
            assertThat(t.get("processInstanceId")).isEqualTo(changePid);
            assertThat(t.get("subject")).isEqualTo(name);
        });
        decide("official1", changePid, "UserTask_CheckDocuments", "COMPLETE", null);
        decide("official1", changePid, "UserTask_ReviewApplication", "RECOMMEND_APPROVAL", "符合条件");
        decide("director1", changePid, "UserTask_DecideChange", "APPROVE", null);
        assertThat(call(HttpMethod.GET, "/api/registrations/" + changeId, "applicant1", null).getBody())
                .containsEntry("status", "APPROVED");
        assertThat(call(HttpMethod.GET, "/api/organizations/" + code, null, null).getBody())
                .containsEntry("name", newName).containsEntry("status", "ACTIVE");
        assertThat(list("/api/registrations?kind=CHANGE&limit=200", "official1"))
                .anySatisfy(a -> assertThat(a.get("id")).isEqualTo(changeId));

        ResponseEntity<Map<String, Object>> dereg = call(HttpMethod.POST, "/api/registrations/deregistrations",
                "applicant1", deregistration(code));
        assertThat(dereg.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(dereg.getBody()).containsEntry("kind", "DEREGISTRATION");
        String deregPid = (String) dereg.getBody().get("processInstanceId");
        decide("official1", deregPid, "UserTask_CheckDocuments", "COMPLETE", null);
        decide("official1", deregPid, "UserTask_ReviewApplication", "RECOMMEND_APPROVAL", null);
        decide("director1", deregPid, "UserTask_DecideDeregistration", "APPROVE", null);
        assertThat(call(HttpMethod.GET, "/api/registrations/" + dereg.getBody().get("id"), "applicant1", null)
                .getBody()).containsEntry("status", "APPROVED");

        ResponseEntity<Map<String, Object>> org = call(HttpMethod.GET, "/api/organizations/" + code, null, null);
        assertThat(org.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(org.getBody()).containsEntry("creditCode", code).containsEntry("name", newName)
                .containsEntry("status", "DEREGISTERED");
        assertThat(list("/api/organizations?q=" + code, null)).singleElement()
                .satisfies(o -> assertThat(o.get("status")).isEqualTo("DEREGISTERED"));
        assertThat(list("/api/organizations/" + code + "/status-history", null)).extracting(h -> h.get("toStatus"))
                .containsExactly("ACTIVE", "DEREGISTERED");
        // a retired organization can file nothing more
        assertProblem(call(HttpMethod.POST, "/api/registrations/changes", "applicant1", rename(code, uniqueName("再"))),
                HttpStatus.CONFLICT, "ORGANIZATION_NOT_ACTIVE");
        assertProblem(call(HttpMethod.POST, "/api/registrations/deregistrations", "applicant1", deregistration(code)),
                HttpStatus.CONFLICT, "ORGANIZATION_NOT_ACTIVE");
    }

    @Test
    void ends_changes_and_deregistrations_not_accepted_and_refused_after_their_reminder_and_supervision() {
        String code = establish(uniqueName("结局"));
        endNotAcceptedThenRefused("/api/registrations/changes", rename(code, uniqueName("改")), "UserTask_DecideChange");
        endNotAcceptedThenRefused("/api/registrations/deregistrations", deregistration(code),
                "UserTask_DecideDeregistration");
        assertThat(call(HttpMethod.GET, "/api/organizations/" + code, null, null).getBody())
                .as("nothing refused changed the registry").containsEntry("status", "ACTIVE");
    }

    /** One application is not accepted; the next is reminded of, supervised when overdue, and refused. */
    private void endNotAcceptedThenRefused(String path, Map<String, Object> body, String decideTask) {
        ResponseEntity<Map<String, Object>> first = call(HttpMethod.POST, path, "applicant1", body);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String firstPid = (String) first.getBody().get("processInstanceId");
        decide("official1", firstPid, "UserTask_CheckDocuments", "NOT_ACCEPTED", "理事会决议未按章程表决");
        assertReached(firstPid, "EndEvent_NotAcceptable");
        assertEndedAt(firstPid, "EndEvent_NotAccepted");
        assertThat(call(HttpMethod.GET, "/api/registrations/" + first.getBody().get("id"), "applicant1", null)
                .getBody()).containsEntry("status", "NOT_ACCEPTED");

        ResponseEntity<Map<String, Object>> second = call(HttpMethod.POST, path, "applicant1", body);
        assertThat(second.getStatusCode()).as("the ended application no longer blocks a new one")
                .isEqualTo(HttpStatus.CREATED);
        String pid = (String) second.getBody().get("processInstanceId");
        decide("official1", pid, "UserTask_CheckDocuments", "COMPLETE", null);
        fireTimer(pid, "BoundaryEvent_DeadlineReminder");
        fireTimer(pid, "BoundaryEvent_DeadlinePassed");
        decide("supervisor1", pid, "UserTask_SuperviseOverdueCase", "ACKNOWLEDGE", "已督促承办人三日内办结");
        assertReached(pid, "EndEvent_ReminderSent", "EndEvent_Supervised");
        decide("official1", pid, "UserTask_ReviewApplication", "RECOMMEND_REFUSAL", "清算报告未经业务主管单位审查");
        decide("director1", pid, decideTask, "REFUSE", "清算报告未经业务主管单位审查");
        assertEndedAt(pid, "EndEvent_Refused");
        assertThat(call(HttpMethod.GET, "/api/registrations/" + second.getBody().get("id"), "applicant1", null)
                .getBody()).containsEntry("status", "REFUSED");
    }

    @Test
    void refuses_callers_who_do_not_hold_the_organization_and_other_jurisdictions() {
        String code = establish(uniqueName("持有"));
        String unknown = CreditCodes.compose('5', OrganizationType.FOUNDATION, "110000",
                CreditCodes.organizationBody("XX", 999_998)).toString();

        assertProblem(call(HttpMethod.POST, "/api/registrations/changes", null, rename(code, uniqueName("匿名"))),
                HttpStatus.UNAUTHORIZED, "NOT_AUTHENTICATED");
        assertProblem(call(HttpMethod.POST, "/api/registrations/changes", "official1", rename(code, uniqueName("官"))),
                HttpStatus.FORBIDDEN, "FORBIDDEN");
        assertProblem(call(HttpMethod.POST, "/api/registrations/changes", "applicant2", rename(code, uniqueName("他"))),
                HttpStatus.FORBIDDEN, "NOT_ACCOUNT_HOLDER");
        assertProblem(call(HttpMethod.POST, "/api/registrations/deregistrations", "applicant2", deregistration(code)),
                HttpStatus.FORBIDDEN, "NOT_ACCOUNT_HOLDER");
        assertProblem(call(HttpMethod.POST, "/api/registrations/changes", "applicant1",
                rename(unknown, uniqueName("无"))), HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(call(HttpMethod.POST, "/api/registrations/deregistrations", "applicant1",
                deregistration(unknown)), HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(call(HttpMethod.POST, "/api/registrations/changes", "applicant1",
                rename(code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'), uniqueName("错"))),
                HttpStatus.BAD_REQUEST, "INVALID_CREDIT_CODE");

        ResponseEntity<Map<String, Object>> filed = call(HttpMethod.POST, "/api/registrations/changes", "applicant1",
                rename(code, uniqueName("辖区")));
        String id = (String) filed.getBody().get("id");
        String pid = (String) filed.getBody().get("processInstanceId");
        // another jurisdiction's official and another applicant do not learn the application exists
        assertProblem(call(HttpMethod.GET, "/api/registrations/" + id, "official-sh", null), HttpStatus.NOT_FOUND,
                "NOT_FOUND");
        assertProblem(call(HttpMethod.GET, "/api/registrations/" + id, "applicant2", null), HttpStatus.NOT_FOUND,
                "NOT_FOUND");
        String taskId = inboxTask("official1", pid, "UserTask_CheckDocuments");
        assertThat(list("/api/tasks", "official-sh")).noneMatch(t -> taskId.equals(t.get("id")));
        assertProblem(call(HttpMethod.POST, "/api/tasks/" + taskId + "/claim", "official-sh", null),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(call(HttpMethod.POST, "/api/tasks/" + taskId + "/claim", "official-gz", null),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertThat(list("/api/registrations?kind=CHANGE&limit=200", "official-sh"))
                .noneMatch(a -> id.equals(a.get("id")));
    }

    @Test
    void refuses_a_second_open_application_for_the_same_organization() {
        String code = establish(uniqueName("重复"));
        assertThat(call(HttpMethod.POST, "/api/registrations/changes", "applicant1", rename(code, uniqueName("一")))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<Map<String, Object>> second = call(HttpMethod.POST, "/api/registrations/changes", "applicant1",
                rename(code, uniqueName("二")));
        assertProblem(second, HttpStatus.CONFLICT, "APPLICATION_ALREADY_OPEN");
        assertThat(second.getBody()).containsKey("openApplicationId");
        assertProblem(call(HttpMethod.POST, "/api/registrations/deregistrations", "applicant1", deregistration(code)),
                HttpStatus.CONFLICT, "APPLICATION_ALREADY_OPEN");
        assertThat(list("/api/registrations?kind=CHANGE&limit=200", "applicant1").stream()
                .filter(a -> code.equals(a.get("creditCode")))).hasSize(1);
    }

    @Test
    void refuses_incomplete_applications_naming_the_field_and_files_nothing() {
        String code = establish(uniqueName("缺项"));
        Map<String, Object> noReason = new HashMap<>(rename(code, uniqueName("缺")));
        noReason.remove("reason");
        noReason.remove("resolutionAdopted");
        ResponseEntity<Map<String, Object>> r = call(HttpMethod.POST, "/api/registrations/changes", "applicant1",
                noReason);
        assertProblem(r, HttpStatus.BAD_REQUEST, "INVALID_INPUT");
        assertThat(r.getBody().get("errors").toString()).contains("reason", "resolutionAdopted");

        assertProblem(call(HttpMethod.POST, "/api/registrations/changes", "applicant1",
                Map.of("creditCode", code, "reason", "无变更", "resolutionAdopted", true)),
                HttpStatus.BAD_REQUEST, "NOTHING_TO_CHANGE");

        Map<String, Object> noLiquidation = new HashMap<>(deregistration(code));
        noLiquidation.remove("liquidationCompletedOn");
        noLiquidation.remove("remainingAssetsDisposal");
        ResponseEntity<Map<String, Object>> d = call(HttpMethod.POST, "/api/registrations/deregistrations",
                "applicant1", noLiquidation);
        assertProblem(d, HttpStatus.BAD_REQUEST, "INVALID_INPUT");
        assertThat(d.getBody().get("errors").toString()).contains("liquidationCompletedOn", "remainingAssetsDisposal");
        Map<String, Object> noCode = new HashMap<>(deregistration(code));
        noCode.remove("creditCode");
        assertProblem(call(HttpMethod.POST, "/api/registrations/deregistrations", "applicant1", noCode),
                HttpStatus.BAD_REQUEST, "INVALID_INPUT");

        assertThat(list("/api/registrations?limit=200", "applicant1").stream()
                .filter(a -> code.equals(a.get("creditCode")) && !"ESTABLISHMENT".equals(a.get("kind")))).isEmpty();
        // and with the fields given, the same organization may file
        assertThat(call(HttpMethod.POST, "/api/registrations/deregistrations", "applicant1", deregistration(code))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
}

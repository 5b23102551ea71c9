package org.socorg.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Credit sanction over real HTTP: an enforcement officer proposes a listing, confirms it, the public lists show it,
 * the organization reads its notice, objects (rejected) and applies for removal (granted); and every refusal the
 * boundary must give. Run on H2 by {@link CreditApiTest} and on MariaDB/MySQL by {@link CreditApiMariaDbIT}.
 */
abstract class CreditApiJourney extends ApiJourneySupport {

    @Autowired OrganizationRegistry registry;

    Organization organization(String division, String holder) {
        String name = "北京市信用接口" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "协会";
        return registry.register(new NewOrganization(name, OrganizationType.ASSOCIATION, OrganizationScope.LOCAL,
                division, "北京市科学技术协会", "李会长", new BigDecimal("50000"), "北京市东城区1号", "学术交流",
                UUID.randomUUID().toString(), holder, "director1"));
    }

    static Map<String, Object> proposal(String creditCode, String reasonCode) {
        return Map.of("creditCode", creditCode, "reasonCode", reasonCode, "detail", "两次挂号信均被退回");
    }

    static void assertProblem(ResponseEntity<Map<String, Object>> r, HttpStatus status, String code) {
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(status);
        assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(r.getBody()).containsEntry("status", status.value()).containsEntry("code", code)
                .containsKeys("detailZh", "detailEn", "type", "title", "detail");
        assertThat(r.getBody().toString()).doesNotContain("Exception", "at org.");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(ResponseEntity<Map<String, Object>> page) {
        return (List<Map<String, Object>>) page.getBody().get("items");
    }

    @Test
    @SuppressWarnings("unchecked")
    void lists_an_organization_publishes_it_and_removes_it_on_application() {
        Organization org = organization("110000", "applicant1");
        String code = org.creditCode();

        ResponseEntity<Map<String, Object>> proposed = call(HttpMethod.POST, "/api/credit/cases", "enforcer1",
                proposal(code, "UNREACHABLE_AT_ADDRESS"));
        assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(proposed.getHeaders().getLocation()).isNotNull();
        assertThat(proposed.getBody()).containsEntry("status", "PROPOSED").containsEntry("list", "ABNORMAL_ACTIVITY")
                .containsEntry("organizationName", org.name()).containsEntry("removalByApplication", true);
        assertThat((String) proposed.getBody().get("legalBasis")).contains("第十条第（六）项");
        assertThat((List<?>) proposed.getBody().get("deadlines")).hasSize(1);
        String caseId = (String) proposed.getBody().get("id");
        String pid = (String) proposed.getBody().get("processInstanceId");

        decide("enforcer1", pid, "UserTask_ConfirmListing", "CONFIRM", null);
        Map<String, Object> listed = call(HttpMethod.GET, "/api/credit/cases/" + caseId, "enforcer1", null).getBody();
        assertThat(listed).containsEntry("status", "LISTED");
        long listingId = ((Number) listed.get("listingId")).longValue();
        assertThat(call(HttpMethod.GET, "/api/credit/cases/" + caseId, "applicant1", null).getStatusCode())
                .as("the account holder follows the case").isEqualTo(HttpStatus.OK);

        // public, no sign-in
        ResponseEntity<Map<String, Object>> page = call(HttpMethod.GET,
                "/api/credit/lists/ABNORMAL_ACTIVITY?region=110000&size=200", null, null);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).containsEntry("region", "11");
        assertThat(items(page)).anySatisfy(l -> assertThat(l).containsEntry("creditCode", code)
                .containsEntry("organizationName", org.name()).doesNotContainKey("listedBy"));
        assertThat(items(call(HttpMethod.GET, "/api/credit/lists/ABNORMAL_ACTIVITY?region=440000&size=200", null,
                null))).noneMatch(l -> code.equals(l.get("creditCode")));
        Map<String, Object> record = call(HttpMethod.GET, "/api/credit/organizations/" + code, null, null).getBody();
        assertThat(record).containsEntry("abnormalActivity", true).containsEntry("seriousDishonesty", false);
        ResponseEntity<String> csv = http.getForEntity("/api/credit/lists/ABNORMAL_ACTIVITY/export?region=11",
                String.class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("abnormal-activity.csv");
        assertThat(csv.getBody()).contains("credit_code,organization_name").contains(code + ",\"" + org.name() + "\"");
        assertThat(list("/api/credit/lists/ABNORMAL_ACTIVITY/export?format=json", null))
                .anyMatch(l -> code.equals(l.get("creditCode")));

        // the organization's account holder reads the notice, objects (rejected), then applies for removal
        assertThat(list("/api/credit/organizations/" + code + "/notices", "applicant1"))
                .extracting(n -> n.get("kind")).containsExactly("LISTED");
        ResponseEntity<Map<String, Object>> objection = call(HttpMethod.POST,
                "/api/credit/listings/" + listingId + "/objections", "applicant1",
                Map.of("statement", "本会住所一直可以联系"));
        assertThat(objection.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(objection.getBody()).containsEntry("kind", "OBJECTION").containsEntry("status", "PENDING");
        assertProblem(call(HttpMethod.POST, "/api/credit/listings/" + listingId + "/objections", "applicant1",
                Map.of("statement", "再次提出")), HttpStatus.CONFLICT, "OBJECTION_PENDING");
        decide("official1", pid, "UserTask_ReviewObjection", "REJECT", "两次挂号信均已妥投至登记住所");

        ResponseEntity<Map<String, Object>> removal = call(HttpMethod.POST,
                "/api/credit/listings/" + listingId + "/removal-applications", "applicant1",
                Map.of("statement", "已在登记住所设专人接收信函"));
        assertThat(removal.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        decide("official1", pid, "UserTask_ReviewRemoval", "REMOVE", null);

        // filed within the same second they may come back in either order on MySQL/MariaDB
        assertThat(list("/api/credit/cases/" + caseId + "/requests", "official1")).extracting(r -> r.get("status"))
                .containsExactlyInAnyOrder("REFUSED", "GRANTED");
        assertThat(items(call(HttpMethod.GET, "/api/credit/lists/ABNORMAL_ACTIVITY?size=200", null, null)))
                .noneMatch(l -> code.equals(l.get("creditCode")));
        Map<String, Object> after = call(HttpMethod.GET, "/api/credit/organizations/" + code, null, null).getBody();
        assertThat(after).containsEntry("abnormalActivity", false);
        assertThat((List<Map<String, Object>>) after.get("listings")).singleElement().satisfies(l -> {
            assertThat(l.get("removedOn")).isNotNull();
            assertThat((String) l.get("removalReason")).contains("依申请移出");
        });
        assertThat(list("/api/credit/organizations/" + code + "/notices", "applicant1"))
                .extracting(n -> n.get("kind")).containsExactly("REMOVED", "OBJECTION_REJECTED", "LISTED");
        assertProblem(call(HttpMethod.POST, "/api/credit/listings/" + listingId + "/objections", "applicant1",
                Map.of("statement", "已移出后再提异议")), HttpStatus.CONFLICT, "LISTING_NOT_IN_FORCE");
    }

    @Test
    void ends_a_proposal_rejected_after_its_reminder_and_supervision() {
        String code = organization("110000", "applicant1").creditCode();
        Map<String, Object> proposed = call(HttpMethod.POST, "/api/credit/cases", "enforcer1",
                proposal(code, "UNREACHABLE_AT_ADDRESS")).getBody();
        String pid = (String) proposed.get("processInstanceId");
        fireTimer(pid, "BoundaryEvent_EntryReminder");
        fireTimer(pid, "BoundaryEvent_EntryOverdue");
        decide("supervisor1", pid, "UserTask_SuperviseOverdueListing", "ACKNOWLEDGE", "已督促五个工作日内认定");
        assertReached(pid, "EndEvent_EntryReminderSent", "EndEvent_OverdueSupervised");
        decide("enforcer1", pid, "UserTask_ConfirmListing", "REJECT", "挂号信退回系邮政原因，住所可以联系");
        assertEndedAt(pid, "EndEvent_ProposalRejected");
        assertThat(call(HttpMethod.GET, "/api/credit/cases/" + proposed.get("id"), "enforcer1", null).getBody())
                .containsEntry("status", "REJECTED");
        assertThat(call(HttpMethod.GET, "/api/credit/organizations/" + code, null, null).getBody())
                .containsEntry("abnormalActivity", false);
    }

    @Test
    void ends_listings_corrected_removed_on_objection_and_refused_removal() {
        String code = organization("110000", "applicant1").creditCode();
        Listed first = proposeAndConfirm(code, "UNREACHABLE_AT_ADDRESS");
        object(first, "挂号信寄往旧住所");
        decide("official1", first.pid(), "UserTask_ReviewObjection", "UPHOLD_CORRECT", "原因表述有误",
                Map.of("reason", "通过登记的住所无法联系（两次挂号信退回，已核实）"));
        assertReached(first.pid(), "EndEvent_ListingCorrected");
        object(first, "本会已变更住所并备案");
        decide("official1", first.pid(), "UserTask_ReviewObjection", "UPHOLD_REMOVE", "住所变更已备案，列入有误");
        assertEndedAt(first.pid(), "EndEvent_RemovedOnObjection");
        assertThat(call(HttpMethod.GET, "/api/credit/organizations/" + code, null, null).getBody())
                .containsEntry("abnormalActivity", false);

        Listed second = proposeAndConfirm(code, "RECTIFICATION_NOT_DONE");
        assertThat(call(HttpMethod.POST, "/api/credit/listings/" + second.listingId() + "/removal-applications",
                "applicant1", Map.of("statement", "已提交整改报告")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        decide("official1", second.pid(), "UserTask_ReviewRemoval", "REFUSE", "整改报告未附理事会决议");
        assertReached(second.pid(), "EndEvent_RemovalRefused");
        assertThat(call(HttpMethod.GET, "/api/credit/organizations/" + code, null, null).getBody())
                .as("refused: still listed").containsEntry("abnormalActivity", true);
        assertThat(list("/api/credit/organizations/" + code + "/notices", "applicant1")).extracting(n -> n.get("kind"))
                .contains("CORRECTED", "REMOVED", "REMOVAL_REFUSED");
    }

    record Listed(String pid, long listingId) {
    }

    Listed proposeAndConfirm(String code, String reasonCode) {
        Map<String, Object> proposed = call(HttpMethod.POST, "/api/credit/cases", "official1",
                proposal(code, reasonCode)).getBody();
        String pid = (String) proposed.get("processInstanceId");
        decide("official1", pid, "UserTask_ConfirmListing", "CONFIRM", null);
        Map<String, Object> listed = call(HttpMethod.GET, "/api/credit/cases/" + proposed.get("id"), "official1", null)
                .getBody();
        assertThat(listed).containsEntry("status", "LISTED");
        return new Listed(pid, ((Number) listed.get("listingId")).longValue());
    }

    void object(Listed listed, String statement) {
        assertThat(call(HttpMethod.POST, "/api/credit/listings/" + listed.listingId() + "/objections", "applicant1",
                Map.of("statement", statement)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void refuses_callers_without_the_role_or_jurisdiction_and_writes_nothing() {
        Organization org = organization("110000", "applicant1");
        String code = org.creditCode();
        assertProblem(call(HttpMethod.POST, "/api/credit/cases", null, proposal(code, "UNREACHABLE_AT_ADDRESS")),
                HttpStatus.UNAUTHORIZED, "NOT_AUTHENTICATED");
        assertProblem(call(HttpMethod.POST, "/api/credit/cases", "applicant1", proposal(code, "UNREACHABLE_AT_ADDRESS")),
                HttpStatus.FORBIDDEN, "FORBIDDEN");
        assertProblem(call(HttpMethod.POST, "/api/credit/cases", "analyst1", proposal(code, "UNREACHABLE_AT_ADDRESS")),
                HttpStatus.FORBIDDEN, "FORBIDDEN");
        assertProblem(call(HttpMethod.POST, "/api/credit/cases", "official-sh", proposal(code, "UNREACHABLE_AT_ADDRESS")),
                HttpStatus.FORBIDDEN, "OUTSIDE_JURISDICTION");
        assertThat((List<?>) call(HttpMethod.GET, "/api/credit/organizations/" + code, null, null).getBody()
                .get("listings")).as("refusals write nothing").isEmpty();
        assertThat(list("/api/tasks", "enforcer1")).noneMatch(t -> org.name().equals(t.get("subject")));

        ResponseEntity<Map<String, Object>> proposed = call(HttpMethod.POST, "/api/credit/cases", "official1",
                proposal(code, "RECTIFICATION_NOT_DONE"));
        assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseId = (String) proposed.getBody().get("id");
        String pid = (String) proposed.getBody().get("processInstanceId");
        // other applicants and other authorities do not learn the case exists
        assertProblem(call(HttpMethod.GET, "/api/credit/cases/" + caseId, "applicant2", null), HttpStatus.NOT_FOUND,
                "NOT_FOUND");
        assertProblem(call(HttpMethod.GET, "/api/credit/cases/" + caseId, "official-sh", null), HttpStatus.NOT_FOUND,
                "NOT_FOUND");
        assertProblem(call(HttpMethod.GET, "/api/credit/cases/" + caseId, null, null), HttpStatus.UNAUTHORIZED,
                "NOT_AUTHENTICATED");
        String task = inboxTask("official1", pid, "UserTask_ConfirmListing");
        assertProblem(call(HttpMethod.POST, "/api/tasks/" + task + "/claim", "official-sh", null),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(call(HttpMethod.POST, "/api/tasks/" + task + "/claim", "applicant1", null),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
        decide("official1", pid, "UserTask_ConfirmListing", "CONFIRM", null);
        long listingId = ((Number) call(HttpMethod.GET, "/api/credit/cases/" + caseId, "official1", null).getBody()
                .get("listingId")).longValue();

        assertProblem(call(HttpMethod.POST, "/api/credit/listings/" + listingId + "/objections", "applicant2",
                Map.of("statement", "不是我的组织")), HttpStatus.FORBIDDEN, "FORBIDDEN");
        assertProblem(call(HttpMethod.POST, "/api/credit/listings/" + listingId + "/removal-applications", "enforcer1",
                Map.of("statement", "官员代为申请")), HttpStatus.FORBIDDEN, "FORBIDDEN");
        assertProblem(call(HttpMethod.POST, "/api/credit/listings/" + listingId + "/objections", null,
                Map.of("statement", "匿名")), HttpStatus.UNAUTHORIZED, "NOT_AUTHENTICATED");
        assertProblem(call(HttpMethod.POST, "/api/credit/listings/987654321/objections", "applicant1",
                Map.of("statement", "不存在")), HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(call(HttpMethod.GET, "/api/credit/organizations/" + code + "/notices", "applicant2", null),
                HttpStatus.FORBIDDEN, "FORBIDDEN");
        assertProblem(call(HttpMethod.GET, "/api/credit/organizations/" + code + "/notices", "official-sh", null),
                HttpStatus.FORBIDDEN, "FORBIDDEN");
        assertProblem(call(HttpMethod.GET, "/api/credit/organizations/" + code + "/notices", null, null),
                HttpStatus.UNAUTHORIZED, "NOT_AUTHENTICATED");
        assertThat(list("/api/credit/organizations/" + code + "/notices", "official1")).hasSize(1);
        assertThat(list("/api/credit/cases/" + caseId + "/requests", "applicant1")).isEmpty();
    }

    @Test
    void refuses_malformed_requests_naming_what_is_wrong() {
        Organization org = organization("110000", "applicant1");
        String code = org.creditCode();
        ResponseEntity<Map<String, Object>> unknown = call(HttpMethod.POST, "/api/credit/cases", "enforcer1",
                proposal(code, "PARKING_TICKET"));
        assertProblem(unknown, HttpStatus.BAD_REQUEST, "UNKNOWN_REASON_CODE");
        assertThat(unknown.getBody()).containsEntry("field", "reasonCode");
        assertProblem(call(HttpMethod.POST, "/api/credit/cases", "enforcer1",
                proposal("53110000MJ000001O1", "UNREACHABLE_AT_ADDRESS")), HttpStatus.BAD_REQUEST, "INVALID_CREDIT_CODE");
        Map<String, Object> future = new HashMap<>(proposal(code, "UNREACHABLE_AT_ADDRESS"));
        future.put("reasonAroseOn", LocalDate.now().plusDays(30).toString());
        ResponseEntity<Map<String, Object>> tooLate = call(HttpMethod.POST, "/api/credit/cases", "enforcer1", future);
        assertProblem(tooLate, HttpStatus.BAD_REQUEST, "REASON_DATE_IN_FUTURE");
        assertThat(tooLate.getBody()).containsEntry("field", "reasonAroseOn");
        ResponseEntity<Map<String, Object>> missing = call(HttpMethod.POST, "/api/credit/cases", "enforcer1",
                Map.of("creditCode", code));
        assertProblem(missing, HttpStatus.BAD_REQUEST, "INVALID_INPUT");
        assertThat(missing.getBody().get("errors").toString()).contains("reasonCode");
        Map<String, Object> typo = new HashMap<>(proposal(code, "UNREACHABLE_AT_ADDRESS"));
        typo.put("reasonArose", "2026-01-01");
        assertProblem(call(HttpMethod.POST, "/api/credit/cases", "enforcer1", typo), HttpStatus.BAD_REQUEST,
                "UNKNOWN_FIELD");
        assertThat((List<?>) call(HttpMethod.GET, "/api/credit/organizations/" + code, null, null).getBody()
                .get("listings")).isEmpty();

        ResponseEntity<Map<String, Object>> badList = call(HttpMethod.GET, "/api/credit/lists/GOOD_CITIZENS", null, null);
        assertProblem(badList, HttpStatus.BAD_REQUEST, "UNKNOWN_LIST");
        assertThat(badList.getBody()).containsEntry("field", "list");
        assertProblem(call(HttpMethod.GET, "/api/credit/lists/ABNORMAL_ACTIVITY?region=beijing", null, null),
                HttpStatus.BAD_REQUEST, "INVALID_REGION");
        assertProblem(call(HttpMethod.GET, "/api/credit/lists/SERIOUS_DISHONESTY?size=0", null, null),
                HttpStatus.BAD_REQUEST, "INVALID_PAGE_SIZE");
        assertProblem(call(HttpMethod.GET, "/api/credit/lists/SERIOUS_DISHONESTY?page=-1", null, null),
                HttpStatus.BAD_REQUEST, "INVALID_PAGE");
        assertProblem(call(HttpMethod.GET, "/api/credit/lists/SERIOUS_DISHONESTY/export?format=xml", null, null),
                HttpStatus.BAD_REQUEST, "UNKNOWN_FORMAT");
        assertProblem(call(HttpMethod.GET, "/api/credit/organizations/5311", null, null), HttpStatus.BAD_REQUEST,
                "INVALID_CREDIT_CODE");
        String unregistered = CreditCodes.compose('5', OrganizationType.FOUNDATION,
                "110000", CreditCodes.organizationBody("XX", 999_998)).toString();
        assertProblem(call(HttpMethod.GET, "/api/credit/organizations/" + unregistered, null, null),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(call(HttpMethod.POST, "/api/credit/listings/1/objections", "applicant1", Map.of("statement", " ")),
                HttpStatus.BAD_REQUEST, "INVALID_INPUT");
    }
}

package org.socorg.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.credit.ListingReasons;
import org.socorg.platform.fundraising.FundraisingScenario;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fundraising flows over real HTTP: charity recognition, a qualification from application to certificate and
 * revocation, a plan from filing to its closing report, and every refusal at the boundary. Organizations are set up
 * in the registry directly (their establishment is the registration journey's business). Run on H2 by
 * {@link FundraisingApiTest} and on MariaDB/MySQL by {@link FundraisingApiMariaDbIT}.
 */
abstract class FundraisingApiJourney extends ApiJourneySupport {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired OrganizationRegistry registry;
    @Autowired JdbcTemplate jdbc;

    final LocalDate today = LocalDate.now(ZONE);

    /** A foundation of applicant1 in Beijing founded three years ago, with every annual report due accepted. */
    Organization foundationInGoodStanding() {
        LocalDate founded = today.minusYears(3);
        Organization org = FundraisingScenario.foundation(registry, jdbc, "applicant1", "110000", founded);
        int lastDue = today.getYear() - (MonthDay.from(today).isAfter(MonthDay.of(5, 31)) ? 1 : 2);
        for (int year = founded.getYear(); year <= lastDue; year++) {
            FundraisingScenario.acceptedReport(jdbc, org.creditCode(), year);
        }
        return org;
    }

    Organization qualifiedCharity() {
        Organization org = registry.recognizeAsCharity(foundationInGoodStanding().creditCode());
        FundraisingScenario.qualify(jdbc, org);
        return org;
    }

    static void assertProblem(ResponseEntity<Map<String, Object>> r, HttpStatus status, String code) {
        assertThat(r.getStatusCode()).isEqualTo(status);
        assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(r.getBody()).containsEntry("status", status.value()).containsEntry("code", code)
                .containsKeys("detailZh", "detailEn");
        assertThat(r.getBody().toString()).doesNotContain("Exception", "at org.");
    }

    static Map<String, Object> application(String creditCode) {
        return Map.of("creditCode", creditCode, "statement", "拟面向社会公众募集助学资金", "governance", "理事会7人、监事1人");
    }

    Map<String, Object> plan(String creditCode, LocalDate start, boolean emergency) {
        Map<String, Object> plan = new HashMap<>(Map.of("creditCode", creditCode, "title", "春季助学募捐",
                "purpose", "资助300名家庭经济困难的高中生", "targetAmount", 1_500_000, "startDate", start.toString(),
                "endDate", start.plusMonths(3).toString(), "region", "北京市",
                "bankAccount", "中国工商银行北京海淀支行 0200000000000000000"));
        plan.put("emergency", emergency);
        return plan;
    }

    @Test
    void recognizes_a_charity_grants_its_qualification_and_revokes_it() {
        Organization org = foundationInGoodStanding();
        String code = org.creditCode();
        assertProblem(call(HttpMethod.POST, "/api/fundraising/qualifications/applications", "applicant1",
                application(code)), HttpStatus.CONFLICT, "NOT_A_CHARITY");
        assertProblem(call(HttpMethod.POST, "/api/fundraising/charities/" + code, "official-sh", null),
                HttpStatus.FORBIDDEN, "OUTSIDE_JURISDICTION");
        assertProblem(call(HttpMethod.POST, "/api/fundraising/charities/" + code, "applicant1", null),
                HttpStatus.FORBIDDEN, "FORBIDDEN");
        ResponseEntity<Map<String, Object>> recognized = call(HttpMethod.POST, "/api/fundraising/charities/" + code,
                "official1", null);
        assertThat(recognized.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(recognized.getBody()).containsEntry("charity", true).containsEntry("publicFundraising", false);
        assertProblem(call(HttpMethod.POST, "/api/fundraising/charities/" + code, "official1", null),
                HttpStatus.CONFLICT, "ALREADY_CHARITY");

        ResponseEntity<Map<String, Object>> filed = call(HttpMethod.POST,
                "/api/fundraising/qualifications/applications", "applicant1", application(code));
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(filed.getHeaders().getLocation()).isNotNull();
        String id = (String) filed.getBody().get("id");
        String pid = (String) filed.getBody().get("processInstanceId");
        assertThat(filed.getBody()).containsEntry("status", "SUBMITTED").containsEntry("divisionCode", "110000");
        assertProblem(call(HttpMethod.POST, "/api/fundraising/qualifications/applications", "applicant1",
                application(code)), HttpStatus.CONFLICT, "APPLICATION_PENDING");
        assertProblem(call(HttpMethod.GET, "/api/fundraising/qualifications/applications/" + id, "official-sh", null),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(call(HttpMethod.GET, "/api/fundraising/qualifications/applications/" + id, "applicant2", null),
                HttpStatus.NOT_FOUND, "NOT_FOUND");

        decide("official1", pid, "UserTask_CheckApplication", Map.of("outcome", "COMPLETE"));
        decide("official1", pid, "UserTask_ReviewApplication", Map.of("outcome", "RECOMMEND_APPROVAL"));
        decide("director1", pid, "UserTask_DecideQualification", Map.of("outcome", "APPROVE"));

        Map<String, Object> decided = call(HttpMethod.GET, "/api/fundraising/qualifications/applications/" + id,
                "applicant1", null).getBody();
        assertThat(decided).containsEntry("status", "APPROVED");
        String certificate = (String) decided.get("certificateNumber");
        assertThat(certificate).matches("110000-PF-\\d{4}-\\d{6}");
        assertThat(call(HttpMethod.GET, "/api/organizations/" + code, null, null).getBody())
                .containsEntry("charity", true).containsEntry("publicFundraising", true);

        String revocation = "/api/fundraising/qualifications/" + certificate + "/revocation";
        assertProblem(call(HttpMethod.POST, revocation, "official1", Map.of("reason", "骗取资格")),
                HttpStatus.FORBIDDEN, "FORBIDDEN");
        assertProblem(call(HttpMethod.POST, revocation, "director1", Map.of()), HttpStatus.BAD_REQUEST,
                "INVALID_INPUT");
        ResponseEntity<Map<String, Object>> revoked = call(HttpMethod.POST, revocation, "director1",
                Map.of("reason", "以虚假材料骗取公开募捐资格"));
        assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(revoked.getBody()).containsEntry("revocationReason", "以虚假材料骗取公开募捐资格")
                .containsEntry("revokedBy", "director1");
        assertThat(call(HttpMethod.GET, "/api/organizations/" + code, null, null).getBody())
                .containsEntry("publicFundraising", false);
        assertProblem(call(HttpMethod.POST, "/api/fundraising/plans", "applicant1",
                plan(code, today.plusDays(20), false)), HttpStatus.CONFLICT, "NO_QUALIFICATION");
    }

    @Test
    void files_a_plan_reports_progress_and_closes_it() {
        String code = qualifiedCharity().creditCode();
        ResponseEntity<Map<String, Object>> filed = call(HttpMethod.POST, "/api/fundraising/plans", "applicant1",
                plan(code, today.plusDays(10), false));
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) filed.getBody().get("id");
        String pid = (String) filed.getBody().get("processInstanceId");
        assertThat(filed.getBody()).containsEntry("status", "SUBMITTED");
        assertThat(filed.getBody().get("filingNumber")).as("no filing number before the check").isNull();
        assertProblem(call(HttpMethod.GET, "/api/fundraising/plans/" + id, "official-sh", null), HttpStatus.NOT_FOUND,
                "NOT_FOUND");
        assertProblem(call(HttpMethod.POST, "/api/fundraising/plans/" + id + "/progress-reports", "applicant1",
                Map.of("amountRaised", 10)), HttpStatus.CONFLICT, "WRONG_STATE");

        decide("official1", pid, "UserTask_CheckPlan", Map.of("outcome", "COMPLETE"));
        Map<String, Object> onFile = call(HttpMethod.GET, "/api/fundraising/plans/" + id, "official1", null).getBody();
        assertThat(onFile).containsEntry("status", "FILED");
        assertThat((String) onFile.get("filingNumber")).matches("110000-FP-\\d{4}-\\d{6}");

        ResponseEntity<Map<String, Object>> progress = call(HttpMethod.POST,
                "/api/fundraising/plans/" + id + "/progress-reports", "applicant1",
                Map.of("amountRaised", 320_000, "note", "首批资助80名学生"));
        assertThat(progress.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(((Number) progress.getBody().get("amountRaised")).doubleValue()).isEqualTo(320_000d);
        assertProblem(call(HttpMethod.POST, "/api/fundraising/plans/" + id + "/progress-reports", "applicant2",
                Map.of("amountRaised", 1)), HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(call(HttpMethod.POST, "/api/fundraising/plans/" + id + "/progress-reports", "applicant1",
                Map.of("amountRaised", -1)), HttpStatus.BAD_REQUEST, "INVALID_INPUT");

        String closing = inboxTask("applicant1", pid, "UserTask_SubmitClosingReport");
        assertProblem(call(HttpMethod.POST, "/api/tasks/" + closing + "/complete", "applicant1",
                Map.of("outcome", "SUBMIT", "data", Map.of("totalRaised", "lots"))), HttpStatus.BAD_REQUEST,
                "INVALID_AMOUNT");
        assertThat(call(HttpMethod.POST, "/api/tasks/" + closing + "/complete", "applicant1",
                Map.of("outcome", "SUBMIT", "comment", "共资助310名学生", "data", Map.of("totalRaised", 1_480_000)))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Map<String, Object> closed = call(HttpMethod.GET, "/api/fundraising/plans/" + id, "applicant1", null).getBody();
        assertThat(closed).containsEntry("status", "CLOSED").containsEntry("closingSummary", "共资助310名学生");
        assertThat(((Number) closed.get("amountRaised")).doubleValue()).isEqualTo(1_480_000d);
        assertThat((List<?>) closed.get("progress")).hasSize(2);
    }

    @Test
    void ends_a_qualification_not_accepted_and_one_refused_after_its_reminder_and_supervision() {
        String code = registry.recognizeAsCharity(foundationInGoodStanding().creditCode()).creditCode();
        Map<String, Object> first = call(HttpMethod.POST, "/api/fundraising/qualifications/applications",
                "applicant1", application(code)).getBody();
        String firstPid = (String) first.get("processInstanceId");
        decide("official1", firstPid, "UserTask_CheckApplication", "NOT_ACCEPTED", "章程未载明募捐财产管理制度");
        assertReached(firstPid, "EndEvent_NotAcceptable");
        assertEndedAt(firstPid, "EndEvent_NotAccepted");
        assertThat(call(HttpMethod.GET, "/api/fundraising/qualifications/applications/" + first.get("id"),
                "applicant1", null).getBody()).containsEntry("status", "NOT_ACCEPTED");

        Map<String, Object> second = call(HttpMethod.POST, "/api/fundraising/qualifications/applications",
                "applicant1", application(code)).getBody();
        String pid = (String) second.get("processInstanceId");
        decide("official1", pid, "UserTask_CheckApplication", "COMPLETE", null);
        fireTimer(pid, "BoundaryEvent_DeadlineReminder");
        fireTimer(pid, "BoundaryEvent_DeadlinePassed");
        decide("supervisor1", pid, "UserTask_SuperviseOverdueCase", "ACKNOWLEDGE", "已督促五个工作日内作出决定");
        assertReached(pid, "EndEvent_ReminderSent", "EndEvent_Supervised");
        decide("official1", pid, "UserTask_ReviewApplication", "RECOMMEND_REFUSAL", "内部治理结构不健全");
        decide("director1", pid, "UserTask_DecideQualification", "REFUSE", "内部治理结构不健全");
        assertEndedAt(pid, "EndEvent_Refused");
        assertThat(call(HttpMethod.GET, "/api/fundraising/qualifications/applications/" + second.get("id"),
                "applicant1", null).getBody()).containsEntry("status", "REFUSED");
        assertThat(call(HttpMethod.GET, "/api/organizations/" + code, null, null).getBody())
                .containsEntry("publicFundraising", false);
    }

    @Test
    void ends_a_plan_returned_unfiled_and_reminds_of_an_overdue_closing_report() {
        String code = qualifiedCharity().creditCode();
        Map<String, Object> returned = call(HttpMethod.POST, "/api/fundraising/plans", "applicant1",
                plan(code, today.plusDays(20), false)).getBody();
        String returnedPid = (String) returned.get("processInstanceId");
        decide("official1", returnedPid, "UserTask_CheckPlan", "RETURN", "募捐方案未载明募得款物用途");
        assertEndedAt(returnedPid, "EndEvent_NotFiled");
        assertThat(call(HttpMethod.GET, "/api/fundraising/plans/" + returned.get("id"), "applicant1", null).getBody())
                .containsEntry("status", "RETURNED");

        Map<String, Object> filed = call(HttpMethod.POST, "/api/fundraising/plans", "applicant1",
                plan(code, today.plusDays(20), false)).getBody();
        String pid = (String) filed.get("processInstanceId");
        decide("official1", pid, "UserTask_CheckPlan", "COMPLETE", null);
        fireTimer(pid, "BoundaryEvent_ClosingReportOverdue");
        assertReached(pid, "EndEvent_ClosingReminderSent");
        assertThat(inboxTask("applicant1", pid, "UserTask_SubmitClosingReport")).as("the report is still due")
                .isNotNull();
    }

    @Test
    void refuses_applications_from_those_who_may_not_file_them() {
        String code = registry.recognizeAsCharity(foundationInGoodStanding().creditCode()).creditCode();
        String path = "/api/fundraising/qualifications/applications";
        assertThat(call(HttpMethod.POST, path, null, application(code)).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertProblem(call(HttpMethod.POST, path, "applicant2", application(code)), HttpStatus.FORBIDDEN,
                "NOT_ACCOUNT_HOLDER");
        assertProblem(call(HttpMethod.POST, path, "official1", application(code)), HttpStatus.FORBIDDEN, "FORBIDDEN");
        assertProblem(call(HttpMethod.POST, path, "applicant1", Map.of("creditCode", code)), HttpStatus.BAD_REQUEST,
                "INVALID_INPUT");
        assertProblem(call(HttpMethod.POST, path, "applicant1", application("53110000MJ000001O1")),
                HttpStatus.BAD_REQUEST, "INVALID_CREDIT_CODE");
        assertProblem(call(HttpMethod.GET, path + "/no-such-application", "official1", null), HttpStatus.NOT_FOUND,
                "NOT_FOUND");
        assertProblem(call(HttpMethod.POST, "/api/fundraising/qualifications/NO-SUCH/revocation", "director1",
                Map.of("reason", "x")), HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(call(HttpMethod.POST, "/api/fundraising/plans", "applicant1",
                plan(code, today.plusDays(20), false)), HttpStatus.CONFLICT, "NO_QUALIFICATION");
    }

    @Test
    void refuses_plans_filed_too_late_with_wrong_dates_or_while_listed() {
        Organization org = qualifiedCharity();
        String code = org.creditCode();
        ResponseEntity<Map<String, Object>> late = call(HttpMethod.POST, "/api/fundraising/plans", "applicant1",
                plan(code, today.plusDays(9), false));
        assertProblem(late, HttpStatus.CONFLICT, "FILING_TOO_LATE");
        assertThat(late.getBody()).containsEntry("reasons", List.of("FILED_LESS_THAN_TEN_DAYS_BEFORE_START"));
        assertProblem(call(HttpMethod.POST, "/api/fundraising/plans", "applicant1",
                plan(code, today.minusDays(11), true)), HttpStatus.CONFLICT, "FILING_TOO_LATE");
        Map<String, Object> backwards = plan(code, today.plusDays(30), false);
        backwards.put("endDate", today.plusDays(29).toString());
        ResponseEntity<Map<String, Object>> wrongDates = call(HttpMethod.POST, "/api/fundraising/plans", "applicant1",
                backwards);
        assertProblem(wrongDates, HttpStatus.BAD_REQUEST, "INVALID_DATES");
        assertThat(wrongDates.getBody()).containsEntry("field", "endDate");
        assertProblem(call(HttpMethod.POST, "/api/fundraising/plans", "applicant2",
                plan(code, today.plusDays(30), false)), HttpStatus.FORBIDDEN, "NOT_ACCOUNT_HOLDER");

        assertThat(call(HttpMethod.POST, "/api/fundraising/plans", "applicant1", plan(code, today.minusDays(10), true))
                .getStatusCode()).as("emergency, 10 days after the start").isEqualTo(HttpStatus.CREATED);

        FundraisingScenario.list(jdbc, code, CreditList.ABNORMAL_ACTIVITY, ListingReasons.ANNUAL_REPORT_NOT_FILED,
                today.minusDays(3));
        assertProblem(call(HttpMethod.POST, "/api/fundraising/plans", "applicant1",
                plan(code, today.plusDays(30), false)), HttpStatus.CONFLICT, "CREDIT_LISTED");
    }
}

package org.socorg.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socorg.platform.api.RegistrationApiJourney.assertProblem;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socorg.platform.annualreport.AnnualReportScenario;
import org.socorg.platform.credit.ListingProposed;
import org.socorg.platform.credit.ListingReasons;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The annual report over real HTTP: file, return for correction, correct, review, read the published report
 * without signing in; the due-date sweep's notice and listing proposal; and every refusal. Run on H2 by
 * {@link AnnualReportApiTest} and on MariaDB/MySQL by {@link AnnualReportApiMariaDbIT}. The engine's clock is set
 * to the year after the organization's founding, when its first report is due.
 */
@RecordApplicationEvents
abstract class AnnualReportApiJourney extends ApiJourneySupport {

    @Autowired OrganizationRegistry registry;
    @Autowired ManagementService management;
    @Autowired ApplicationEvents events;

    Organization org;
    int year;

    @BeforeEach
    void organizationHeldByApplicant1() {
        org = AnnualReportScenario.foundation(registry);
        year = AnnualReportScenario.firstReportYear(org);
        AnnualReportScenario.today(LocalDate.of(year + 1, 3, 10));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    Map<String, Object> report() {
        Map<String, Object> body = new HashMap<>();
        body.put("creditCode", org.creditCode());
        body.put("reportYear", year);
        body.put("workSummary", "全年资助困难学生320名，举办助学活动12场");
        body.put("totalIncome", 1_200_000);
        body.put("totalExpenses", 1_000_000);
        body.put("publicWelfareExpenses", 850_000);
        body.put("netAssetsStart", 4_000_000);
        body.put("netAssetsEnd", 4_200_000);
        body.put("meetingsHeld", 2);
        body.put("publicWelfareActivities", "“青禾助学计划”资助困难家庭学生320名");
        return body;
    }

    void completeTask(String user, String pid, String taskKey, Map<String, Object> decision) {
        String id = inboxTask(user, pid, taskKey);
        if (!"applicant1".equals(user)) {
            assertThat(call(HttpMethod.POST, "/api/tasks/" + id + "/claim", user, null).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }
        assertThat(call(HttpMethod.POST, "/api/tasks/" + id + "/complete", user, decision).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    Map<String, Object> file() {
        ResponseEntity<Map<String, Object>> r = call(HttpMethod.POST, "/api/annual-reports", "applicant1", report());
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(r.getHeaders().getLocation()).hasToString("/api/annual-reports/" + r.getBody().get("id"));
        return r.getBody();
    }

    @Test
    void files_corrects_reviews_and_publishes_an_annual_report() {
        Map<String, Object> filed = file();
        assertThat(filed).containsEntry("status", "SUBMITTED").containsEntry("reportYear", year)
                .containsEntry("filedLate", false).containsEntry("dueOn", (year + 1) + "-05-31");
        String id = (String) filed.get("id");
        String pid = (String) filed.get("processInstanceId");
        assertThat(list("/api/annual-reports", "applicant1")).extracting(r -> r.get("id")).contains(id);
        assertThat(list("/api/annual-reports?year=" + year, "official1")).extracting(r -> r.get("id")).contains(id);
        assertThat(list("/api/annual-reports", "official-sh")).extracting(r -> r.get("id")).doesNotContain(id);

        completeTask("official1", pid, "UserTask_ReviewReport", Map.of("outcome", "RETURN", "comment", "请补充受益人数"));
        assertThat(call(HttpMethod.GET, "/api/annual-reports/" + id, "applicant1", null).getBody())
                .containsEntry("status", "RETURNED").containsEntry("reviewOpinion", "请补充受益人数");
        completeTask("applicant1", pid, "UserTask_CorrectReport", Map.of("outcome", "RESUBMIT",
                "data", Map.of("publicWelfareActivities", "资助困难家庭学生320名，受益人数320人")));
        completeTask("official1", pid, "UserTask_ReviewReport", Map.of("outcome", "BASICALLY_QUALIFIED",
                "comment", "财务报告未附审计意见"));

        Map<String, Object> reviewed = call(HttpMethod.GET, "/api/annual-reports/" + id, "applicant1", null).getBody();
        assertThat(reviewed).containsEntry("status", "ACCEPTED").containsEntry("outcome", "BASICALLY_QUALIFIED")
                .containsEntry("corrections", 1).containsKey("publishedAt");
        List<Map<String, Object>> published = list("/api/annual-reports/public/" + org.creditCode(), null);
        assertThat(published).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("id", id).containsEntry("reportYear", year)
                    .containsEntry("outcome", "BASICALLY_QUALIFIED").containsEntry("outcomeZh", "基本合格")
                    .containsEntry("publishedOn", (year + 1) + "-03-10");
            assertThat(((Number) p.get("netAssetsEnd")).intValue()).isEqualTo(4_200_000);
            assertThat(p).doesNotContainKeys("filedBy", "reviewOpinion");
        });
    }

    @Test
    void an_organization_that_misses_its_due_date_is_told_and_proposed_for_the_abnormal_activity_list() {
        AnnualReportScenario.today(LocalDate.of(year + 1, 5, 24));
        runDailySweep();
        assertThat(notices("applicant1")).singleElement().satisfies(n -> assertThat(n)
                .containsEntry("kind", "REMINDER").containsEntry("daysBefore", 7).containsEntry("reportYear", year));
        assertThat(notices("applicant2")).isEmpty();
        assertThat(noticesOf("applicant1", "ANNUAL_REPORT_REMINDER", org.creditCode())).as("in the holder's inbox too")
                .singleElement().satisfies(n -> assertThat((String) n.get("messageZh")).contains(org.name(), "还剩7天"));
        assertThat(noticesOf("applicant2", "ANNUAL_REPORT_REMINDER", org.creditCode())).isEmpty();

        AnnualReportScenario.today(LocalDate.of(year + 1, 6, 1));
        runDailySweep();
        assertThat(notices("applicant1")).extracting(n -> n.get("kind")).containsExactly("OVERDUE", "REMINDER");
        assertThat(events.stream(ListingProposed.class).filter(p -> p.creditCode().equals(org.creditCode())))
                .singleElement().satisfies(p -> {
                    assertThat(p.reasonCode()).isEqualTo(ListingReasons.ANNUAL_REPORT_NOT_FILED);
                    // the abnormal-activity reason of the 2018 credit measures, as the credit-listing DMN cites it
                    assertThat(p.legalBasis()).isEqualTo("《社会组织信用信息管理办法》第十条第（一）项");
                });

        Map<String, Object> late = file();
        assertThat(late).containsEntry("filedLate", true);
    }

    @Test
    void a_review_past_its_limit_is_supervised_and_a_late_report_withdraws_the_listing_proposal() {
        AnnualReportScenario.today(LocalDate.of(year + 1, 6, 1));
        runDailySweep();
        String proposal = engineCase("credit-listing", org.creditCode());
        Map<String, Object> late = file();
        String pid = (String) late.get("processInstanceId");
        fireTimer(pid, "BoundaryEvent_ReviewReminder");
        assertReached(pid, "EndEvent_ReviewReminderSent");
        assertThat(noticesOf("official1", "DEADLINE_NEAR", (String) late.get("id"))).hasSize(1);
        fireTimer(pid, "BoundaryEvent_ReviewOverdue");
        completeTask("supervisor1", pid, "UserTask_SuperviseOverdueReview", Map.of("outcome", "ACKNOWLEDGE",
                "comment", "已督促承办人三日内审查完毕"));
        assertReached(pid, "EndEvent_Supervised");
        completeTask("official1", pid, "UserTask_ReviewReport", Map.of("outcome", "QUALIFIED"));
        assertEndedAt(pid, "EndEvent_Published");
        assertReached(pid, "ServiceTask_ClearListingCause");
        // the credit official had not yet confirmed the listing: the proposal is withdrawn, nothing was listed
        assertEndedAt(proposal, "EndEvent_ProposalWithdrawn");
        assertThat(call(HttpMethod.GET, "/api/credit/organizations/" + org.creditCode(), null, null).getBody())
                .containsEntry("abnormalActivity", false);
    }

    private List<Map<String, Object>> notices(String user) {
        return list("/api/annual-reports/reminders", user).stream()
                .filter(n -> org.creditCode().equals(n.get("creditCode"))).toList();
    }

    private void runDailySweep() {
        var timer = management.createJobQuery().processDefinitionKey("annual-report-deadlines").timers().singleResult();
        management.executeJob(timer.getId());
    }

    @Test
    void refuses_callers_who_do_not_hold_the_organization_or_lack_the_role() {
        assertProblem(call(HttpMethod.POST, "/api/annual-reports", null, report()), HttpStatus.UNAUTHORIZED,
                "NOT_AUTHENTICATED");
        assertProblem(call(HttpMethod.POST, "/api/annual-reports", "applicant2", report()), HttpStatus.FORBIDDEN,
                "NOT_ACCOUNT_HOLDER");
        assertProblem(call(HttpMethod.POST, "/api/annual-reports", "official1", report()), HttpStatus.FORBIDDEN,
                "FORBIDDEN");
        assertProblem(call(HttpMethod.GET, "/api/annual-reports/reminders", "official1", null), HttpStatus.FORBIDDEN,
                "FORBIDDEN");
        assertProblem(call(HttpMethod.GET, "/api/annual-reports", "expert1", null), HttpStatus.FORBIDDEN, "FORBIDDEN");
        assertThat(list("/api/annual-reports", "applicant1")).noneMatch(r -> org.creditCode().equals(r.get("creditCode")));
    }

    @Test
    void hides_a_report_from_other_applicants_and_other_jurisdictions() {
        Map<String, Object> filed = file();
        String id = (String) filed.get("id");
        String pid = (String) filed.get("processInstanceId");
        assertThat(call(HttpMethod.GET, "/api/annual-reports/" + id, "official1", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertProblem(call(HttpMethod.GET, "/api/annual-reports/" + id, "applicant2", null), HttpStatus.NOT_FOUND,
                "NOT_FOUND");
        assertProblem(call(HttpMethod.GET, "/api/annual-reports/" + id, "official-sh", null), HttpStatus.NOT_FOUND,
                "NOT_FOUND");
        assertProblem(call(HttpMethod.GET, "/api/annual-reports/" + id, "expert1", null), HttpStatus.NOT_FOUND,
                "NOT_FOUND");
        assertProblem(call(HttpMethod.GET, "/api/annual-reports/" + UUID.randomUUID(), "official1", null),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
        String taskId = inboxTask("official1", pid, "UserTask_ReviewReport");
        assertThat(list("/api/tasks", "official-sh")).noneMatch(t -> taskId.equals(t.get("id")));
        assertProblem(call(HttpMethod.POST, "/api/tasks/" + taskId + "/claim", "official-sh", null),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
        // nothing is public before the review
        assertThat(list("/api/annual-reports/public/" + org.creditCode(), null)).isEmpty();
    }

    @Test
    void refuses_a_second_report_for_the_same_year() {
        file();
        assertProblem(call(HttpMethod.POST, "/api/annual-reports", "applicant1", report()), HttpStatus.CONFLICT,
                "REPORT_ALREADY_FILED");
        assertThat(list("/api/annual-reports?year=" + year, "applicant1"))
                .filteredOn(r -> org.creditCode().equals(r.get("creditCode"))).hasSize(1);
    }

    @Test
    void refuses_bad_amounts_and_years_naming_the_field_and_files_nothing() {
        Map<String, Object> negative = report();
        negative.put("totalIncome", -1);
        negative.remove("workSummary");
        ResponseEntity<Map<String, Object>> r = call(HttpMethod.POST, "/api/annual-reports", "applicant1", negative);
        assertProblem(r, HttpStatus.BAD_REQUEST, "INVALID_INPUT");
        assertThat(r.getBody().get("errors").toString()).contains("totalIncome", "workSummary");

        Map<String, Object> implausible = report();
        implausible.put("publicWelfareExpenses", 1_500_000);
        ResponseEntity<Map<String, Object>> welfare = call(HttpMethod.POST, "/api/annual-reports", "applicant1",
                implausible);
        assertProblem(welfare, HttpStatus.BAD_REQUEST, "IMPLAUSIBLE_FIGURES");
        assertThat(welfare.getBody()).containsEntry("field", "publicWelfareExpenses");

        Map<String, Object> unbalanced = report();
        unbalanced.put("netAssetsEnd", 9_000_000);
        ResponseEntity<Map<String, Object>> balance = call(HttpMethod.POST, "/api/annual-reports", "applicant1",
                unbalanced);
        assertProblem(balance, HttpStatus.BAD_REQUEST, "IMPLAUSIBLE_FIGURES");
        assertThat(balance.getBody()).containsEntry("field", "netAssetsEnd");

        Map<String, Object> thisYear = report();
        thisYear.put("reportYear", year + 1);
        ResponseEntity<Map<String, Object>> notEnded = call(HttpMethod.POST, "/api/annual-reports", "applicant1",
                thisYear);
        assertProblem(notEnded, HttpStatus.BAD_REQUEST, "REPORT_YEAR_NOT_ENDED");
        assertThat(notEnded.getBody()).containsEntry("field", "reportYear");
        Map<String, Object> beforeFounding = report();
        beforeFounding.put("reportYear", year - 1);
        assertProblem(call(HttpMethod.POST, "/api/annual-reports", "applicant1", beforeFounding),
                HttpStatus.BAD_REQUEST, "REPORT_YEAR_BEFORE_FOUNDING");

        Map<String, Object> typo = report();
        typo.put("totalIncom", 5);
        assertProblem(call(HttpMethod.POST, "/api/annual-reports", "applicant1", typo), HttpStatus.BAD_REQUEST,
                "UNKNOWN_FIELD");
        Map<String, Object> badCode = report();
        badCode.put("creditCode", "53110000MJ000001O1");
        assertProblem(call(HttpMethod.POST, "/api/annual-reports", "applicant1", badCode), HttpStatus.BAD_REQUEST,
                "INVALID_CREDIT_CODE");
        assertProblem(call(HttpMethod.GET, "/api/annual-reports/public/5311", null, null), HttpStatus.BAD_REQUEST,
                "INVALID_CREDIT_CODE");

        assertThat(list("/api/annual-reports", "applicant1")).noneMatch(x -> org.creditCode().equals(x.get("creditCode")));
        // the refusals left the year free: the correct report is accepted
        file();
    }
}

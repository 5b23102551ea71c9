package org.socorg.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.support.EngineFollowingClock;
import org.socorg.platform.support.MariaDbSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 5's scenario of the effects between flows over the REST API on MariaDB/MySQL — the same story as
 * {@code scenario.CrossFlowScenarioTest} (services, H2), here with every step a person takes as an HTTP call: the
 * charity is established and recognized, reports on 2024, misses 2025, the due-date sweep proposes it for the
 * abnormal-activity list, an official confirms, its qualification application is refused (joint punishment), it
 * files late, the listing is removed, the next application succeeds; and two years on the list escalate it to the
 * serious-dishonesty list. Time is the engine's clock ({@link ClockUtil}, followed by the platform's clock through
 * {@link EngineFollowingClock}); timers are run as the job executor would run them when they fall due.
 */
@SpringBootTest(classes = TestPlatformApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "mysql"})
@Import(EngineFollowingClock.class)
// Close the context when the class is done, while its database still runs (see EvaluationApiMariaDbIT).
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CrossFlowScenarioMariaDbIT extends ApiJourneySupport {

    static final MariaDbSupport.Database DB = MariaDbSupport.freshDatabase("socorg_it");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate FOUNDED = LocalDate.of(2024, 3, 1);
    static final LocalDate SWEEP_AFTER_DUE_DATE = LocalDate.of(2026, 6, 1);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MariaDbSupport.register(registry, DB);
    }

    @Autowired ManagementService management;

    String code;

    @BeforeEach
    void establishAndRecognizeACharityThatReportsOn2024() {
        today(FOUNDED);
        code = establish();
        ResponseEntity<Map<String, Object>> charity = call(HttpMethod.POST, "/api/fundraising/charities/" + code,
                "official1", null);
        assertThat(charity.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(charity.getBody()).containsEntry("charity", true).containsEntry("foundedOn", FOUNDED.toString());
        fileAndAccept(2024, LocalDate.of(2025, 3, 10));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void a_missed_report_lists_the_charity_refuses_its_qualification_and_the_late_report_lifts_both() {
        String listing = missTheReportAndConfirmTheListing();
        assertThat(credit()).containsEntry("abnormalActivity", true);
        assertThat(publicList("ABNORMAL_ACTIVITY")).as("partner departments fetch it").contains(code);
        assertThat(noticeKinds()).contains("LISTED");

        // joint punishment: refused at the eligibility check, every failing condition named
        today(LocalDate.of(2026, 9, 7));
        Map<String, Object> refused = applyForQualification();
        assertEndedAt((String) refused.get("processInstanceId"), "EndEvent_Refused");
        Map<String, Object> refusal = qualification(refused);
        assertThat(refusal).containsEntry("status", "REFUSED");
        assertThat(reasonCodes(refusal, "outcomeReasons"))
                .containsExactlyInAnyOrder("ABNORMAL_ACTIVITY_LISTED", "ANNUAL_REPORTS_NOT_IN_ORDER");

        // the late report, once accepted, removes the listing
        Map<String, Object> late = fileAndAccept(2025, LocalDate.of(2026, 9, 8));
        assertThat(late).containsEntry("filedLate", true);
        assertEndedAt(listing, "EndEvent_RemovedCauseCleared");
        Map<String, Object> record = credit();
        assertThat(record).containsEntry("abnormalActivity", false);
        assertThat(publicList("ABNORMAL_ACTIVITY")).doesNotContain(code);

        // and the next application succeeds
        Map<String, Object> second = applyForQualification();
        String pid = (String) second.get("processInstanceId");
        decide("official1", pid, "UserTask_ReviewApplication", "RECOMMEND_APPROVAL", "年报已补报，异常名录已移出");
        decide("director1", pid, "UserTask_DecideQualification", "APPROVE", null);
        assertEndedAt(pid, "EndEvent_Qualified");
        assertThat(qualification(second)).containsEntry("status", "APPROVED");
        assertThat(call(HttpMethod.GET, "/api/organizations/" + code, null, null).getBody())
                .containsEntry("publicFundraising", true);
    }

    @Test
    void two_years_on_the_abnormal_activity_list_put_the_charity_on_the_serious_dishonesty_list() {
        String listing = missTheReportAndConfirmTheListing();
        Job period = management.createJobQuery().processInstanceId(listing).timers()
                .activityId("IntermediateTimer_PeriodEnded").singleResult();
        assertThat(period.getDuedate().toInstant())
                .isEqualTo(SWEEP_AFTER_DUE_DATE.plusYears(2).atStartOfDay(ZONE).toInstant());
        today(SWEEP_AFTER_DUE_DATE.plusYears(2).minusDays(1));
        assertThat(credit()).containsEntry("seriousDishonesty", false);

        ClockUtil.setCurrentTime(period.getDuedate());
        fireTimer(listing, "IntermediateTimer_PeriodEnded");
        assertReached(listing, "EndEvent_PeriodEnded");
        assertEndedAt(listing, "EndEvent_Escalated");
        assertThat(credit()).containsEntry("seriousDishonesty", true).containsEntry("abnormalActivity", false);
        assertThat(publicList("SERIOUS_DISHONESTY")).contains(code);
        assertThat(publicList("ABNORMAL_ACTIVITY")).doesNotContain(code);
        assertThat(noticeKinds()).contains("ESCALATED");

        // the other flows refuse it: fundraising qualification and evaluation
        today(SWEEP_AFTER_DUE_DATE.plusYears(2).plusDays(1));
        Map<String, Object> refused = applyForQualification();
        assertThat(reasonCodes(qualification(refused), "outcomeReasons")).contains("SERIOUSLY_DISHONEST");
        ResponseEntity<Map<String, Object>> evaluation = call(HttpMethod.POST, "/api/evaluations", "applicant1",
                EvaluationApiJourney.application(code));
        assertThat(evaluation.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(evaluation.getBody()).containsEntry("status", "INELIGIBLE");
        assertThat(reasonCodes(evaluation.getBody(), "reasons")).contains("SERIOUSLY_DISHONEST");
    }

    // ----- the steps, each as the person takes it

    static void today(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ZONE).toInstant()));
    }

    /** applicant1 files a foundation; official1 accepts and reviews, director1 approves; answers its credit code. */
    String establish() {
        String name = "北京市青禾" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "慈善基金会";
        ResponseEntity<Map<String, Object>> filed = call(HttpMethod.POST, "/api/registrations/establishments",
                "applicant1", RegistrationApiJourney.foundation(name));
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String pid = (String) filed.getBody().get("processInstanceId");
        decide("official1", pid, "UserTask_CheckDocuments", "COMPLETE", null);
        decide("official1", pid, "UserTask_ReviewApplication", "RECOMMEND_APPROVAL", null);
        decide("director1", pid, "UserTask_DecideRegistration", "APPROVE", null);
        return (String) call(HttpMethod.GET, "/api/registrations/" + filed.getBody().get("id"), "applicant1", null)
                .getBody().get("creditCode");
    }

    /** The account holder files the report on the year on that day; official1 reviews it as qualified. */
    Map<String, Object> fileAndAccept(int year, LocalDate on) {
        today(on);
        Map<String, Object> report = new HashMap<>();
        report.put("creditCode", code);
        report.put("reportYear", year);
        report.put("workSummary", "全年资助困难学生320名，举办助学活动12场");
        report.put("totalIncome", 1_200_000);
        report.put("totalExpenses", 1_000_000);
        report.put("publicWelfareExpenses", 850_000);
        report.put("netAssetsStart", 4_000_000);
        report.put("netAssetsEnd", 4_200_000);
        report.put("meetingsHeld", 2);
        report.put("publicWelfareActivities", "“青禾助学计划”资助困难家庭学生320名");
        ResponseEntity<Map<String, Object>> filed = call(HttpMethod.POST, "/api/annual-reports", "applicant1", report);
        assertThat(filed.getStatusCode()).as(String.valueOf(filed.getBody())).isEqualTo(HttpStatus.CREATED);
        String pid = (String) filed.getBody().get("processInstanceId");
        decide("official1", pid, "UserTask_ReviewReport", "QUALIFIED", null);
        Map<String, Object> accepted = call(HttpMethod.GET, "/api/annual-reports/" + filed.getBody().get("id"),
                "applicant1", null).getBody();
        assertThat(accepted).containsEntry("status", "ACCEPTED");
        return accepted;
    }

    /**
     * The daily sweep runs the day after the 2025 report was due (as the job executor would at 01:00); the
     * account holder reads the overdue notice; official1 confirms the listing it proposed. Answers the credit case.
     */
    String missTheReportAndConfirmTheListing() {
        today(SWEEP_AFTER_DUE_DATE);
        Job sweep = management.createJobQuery().processDefinitionKey("annual-report-deadlines").timers()
                .singleResult();
        management.executeJob(sweep.getId());
        assertThat(list("/api/annual-reports/reminders", "applicant1"))
                .anySatisfy(n -> assertThat(n).containsEntry("creditCode", code).containsEntry("kind", "OVERDUE"));
        String listing = engineCase("credit-listing", code);
        assertThat(credit()).as("proposed, not yet listed").containsEntry("abnormalActivity", false);
        decide("official1", listing, "UserTask_ConfirmListing", "CONFIRM", null);
        return listing;
    }

    Map<String, Object> applyForQualification() {
        ResponseEntity<Map<String, Object>> filed = call(HttpMethod.POST,
                "/api/fundraising/qualifications/applications", "applicant1",
                FundraisingApiJourney.application(code));
        assertThat(filed.getStatusCode()).as(String.valueOf(filed.getBody())).isEqualTo(HttpStatus.CREATED);
        decide("official1", (String) filed.getBody().get("processInstanceId"), "UserTask_CheckApplication",
                "COMPLETE", null);
        return filed.getBody();
    }

    Map<String, Object> qualification(Map<String, Object> application) {
        return call(HttpMethod.GET, "/api/fundraising/qualifications/applications/" + application.get("id"),
                "applicant1", null).getBody();
    }

    Map<String, Object> credit() {
        return call(HttpMethod.GET, "/api/credit/organizations/" + code, null, null).getBody();
    }

    List<String> noticeKinds() {
        return list("/api/credit/organizations/" + code + "/notices", "applicant1").stream()
                .map(n -> (String) n.get("kind")).toList();
    }

    @SuppressWarnings("unchecked")
    List<String> publicList(String list) {
        Map<String, Object> page = call(HttpMethod.GET, "/api/credit/lists/" + list + "?region=110000&size=200", null,
                null).getBody();
        return ((List<Map<String, Object>>) page.get("items")).stream().map(l -> (String) l.get("creditCode")).toList();
    }

    @SuppressWarnings("unchecked")
    static List<String> reasonCodes(Map<String, Object> body, String field) {
        return ((List<Map<String, Object>>) body.get(field)).stream().map(r -> (String) r.get("code")).toList();
    }
}

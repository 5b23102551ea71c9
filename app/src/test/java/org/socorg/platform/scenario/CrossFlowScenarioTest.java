package org.socorg.platform.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.socorg.platform.fundraising.FundraisingScenario.APPLICANT;
import static org.socorg.platform.fundraising.FundraisingScenario.DIRECTOR;
import static org.socorg.platform.fundraising.FundraisingScenario.OFFICIAL;
import static org.socorg.platform.fundraising.FundraisingScenario.complete;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.annualreport.AnnualReport;
import org.socorg.platform.annualreport.AnnualReportFiling;
import org.socorg.platform.annualreport.AnnualReportService;
import org.socorg.platform.annualreport.AnnualReportStatus;
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.credit.CreditListing;
import org.socorg.platform.credit.CreditStanding;
import org.socorg.platform.credit.ListingReasons;
import org.socorg.platform.evaluation.Evaluation;
import org.socorg.platform.evaluation.EvaluationReason;
import org.socorg.platform.evaluation.EvaluationScenario;
import org.socorg.platform.evaluation.EvaluationService;
import org.socorg.platform.evaluation.EvaluationStatus;
import org.socorg.platform.fundraising.FundraisingService;
import org.socorg.platform.fundraising.QualificationApplication;
import org.socorg.platform.fundraising.QualificationRequest;
import org.socorg.platform.fundraising.QualificationStatus;
import org.socorg.platform.fundraising.Reason;
import org.socorg.platform.organization.NewOrganization;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.organization.OrganizationScope;
import org.socorg.platform.organization.OrganizationType;
import org.socorg.platform.support.EngineFollowingClock;
import org.socorg.platform.task.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 5's scenario of the effects between flows, on the real engine and services (H2), with no listing or report
 * written by hand: each flow is driven as the account holder and the officials drive it, and the next flow sees
 * the effect. Time is the engine's clock ({@link ClockUtil}); the registry follows it too
 * ({@link EngineFollowingClock}), so "registered long enough" is time passing, not a back-dated row.
 *
 * <p>The charity is founded on Friday 2024-03-01 and reports on 2024 in time; it misses the report on 2025 (due
 * 2026-05-31), so the due-date sweep of 2026-06-01 proposes it for the abnormal-activity list.
 */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
@Import(EngineFollowingClock.class)
class CrossFlowScenarioTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate FOUNDED = LocalDate.of(2024, 3, 1);
    static final LocalDate SWEEP_AFTER_DUE_DATE = LocalDate.of(2026, 6, 1);

    @Autowired ProcessEngine engine;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired OrganizationRegistry registry;
    @Autowired AnnualReportService reports;
    @Autowired CreditStanding standing;
    @Autowired FundraisingService fundraising;
    @Autowired EvaluationService evaluations;
    @Autowired TaskInbox inbox;

    Organization charity;

    @BeforeEach
    void setUp() {
        init(engine);
        today(FOUNDED);
        charity = registerCharity();
        fileAndAccept(2024, LocalDate.of(2025, 3, 10));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void a_missed_annual_report_lists_the_charity_refuses_its_qualification_and_a_late_report_lifts_both() {
        assertThat(charity.foundedOn()).isEqualTo(FOUNDED);

        // the report on 2025 is not filed: the sweep after the due date proposes the listing, an official confirms
        ProcessInstance listing = missTheReportAndConfirmTheListing();
        assertThat(standing.isListed(charity.creditCode(), CreditList.ABNORMAL_ACTIVITY)).isTrue();
        assertThat(standing.listingsInForce(charity.creditCode())).singleElement().satisfies(l -> {
            assertThat(l.list()).isEqualTo(CreditList.ABNORMAL_ACTIVITY);
            assertThat(l.reasonCode()).isEqualTo(ListingReasons.ANNUAL_REPORT_NOT_FILED);
            assertThat(l.listedOn()).isEqualTo(SWEEP_AFTER_DUE_DATE);
            assertThat(l.listedBy()).isEqualTo(OFFICIAL.id());
            assertThat(l.source()).isEqualTo("annual-report");
        });
        assertThat(publicList(CreditList.ABNORMAL_ACTIVITY)).as("on the public list partner departments fetch")
                .contains(charity.creditCode());

        // joint punishment: the qualification application is refused, and the eligibility names the listing
        today(LocalDate.of(2026, 9, 7));
        Applied refused = applyAndCheck();
        assertThat(refused.instance()).hasPassed("ServiceTask_CheckEligibility", "EndEvent_Refused")
                .hasNotPassed("UserTask_ReviewApplication").isEnded();
        QualificationApplication refusal = fundraising.get(APPLICANT, refused.id());
        assertThat(refusal.status()).isEqualTo(QualificationStatus.REFUSED);
        // the eligibility rules collect every reason: the listing, and the missing report behind it
        assertThat(refusal.outcomeReasons()).extracting(Reason::code)
                .containsExactlyInAnyOrder("ABNORMAL_ACTIVITY_LISTED", "ANNUAL_REPORTS_NOT_IN_ORDER");
        assertThat(registry.getByCreditCode(charity.creditCode()).publicFundraising()).isFalse();

        // the charity files the late report; the official accepts it, and the credit flow removes the listing
        AnnualReport late = fileAndAccept(2025, LocalDate.of(2026, 9, 8));
        assertThat(late.filedLate()).isTrue();
        assertThat(listing).hasPassedInOrder("BoundaryEvent_CauseCleared", "ServiceTask_RemoveOnCauseCleared",
                "EndEvent_RemovedCauseCleared").isEnded();
        assertThat(standing.isListed(charity.creditCode(), CreditList.ABNORMAL_ACTIVITY)).isFalse();
        assertThat(standing.listingsInForce(charity.creditCode())).isEmpty();
        assertThat(publicList(CreditList.ABNORMAL_ACTIVITY)).doesNotContain(charity.creditCode());
        assertThat(standing.history(charity.creditCode())).singleElement().satisfies((CreditListing l) -> {
            assertThat(l.inForce()).isFalse();
            assertThat(l.removedBy()).isEqualTo("annual-report:" + late.id());
        });

        // a new application now passes eligibility and the charity is qualified
        Applied second = applyAndCheck();
        ProcessInstance secondInstance = second.instance();
        assertThat(secondInstance).isWaitingAt("UserTask_ReviewApplication");
        complete(inbox, OFFICIAL, second.processInstanceId(), "UserTask_ReviewApplication", "RECOMMEND_APPROVAL",
                "年报已补报，失信记录已移出");
        complete(inbox, DIRECTOR, second.processInstanceId(), "UserTask_DecideQualification", "APPROVE", null);
        assertThat(secondInstance).hasPassed("ServiceTask_GrantQualification", "EndEvent_Qualified").isEnded();
        assertThat(fundraising.get(APPLICANT, second.id()).status()).isEqualTo(QualificationStatus.APPROVED);
        assertThat(fundraising.hasValidQualification(charity.creditCode())).isTrue();
        assertThat(registry.getByCreditCode(charity.creditCode()).publicFundraising()).isTrue();
    }

    @Test
    void two_years_on_the_abnormal_activity_list_put_the_charity_on_the_serious_dishonesty_list() {
        ProcessInstance listing = missTheReportAndConfirmTheListing();
        Job period = management.createJobQuery().processInstanceId(listing.getId()).timers()
                .activityId("IntermediateTimer_PeriodEnded").singleResult();
        assertThat(period.getDuedate().toInstant())
                .isEqualTo(SWEEP_AFTER_DUE_DATE.plusYears(2).atStartOfDay(ZONE).toInstant());

        // a day before the period ends it is still only on the abnormal-activity list
        today(SWEEP_AFTER_DUE_DATE.plusYears(2).minusDays(1));
        assertThat(standing.isSeriouslyDishonest(charity.creditCode())).isFalse();

        ClockUtil.setCurrentTime(period.getDuedate());
        management.executeJob(period.getId());

        assertThat(listing).hasPassed("IntermediateTimer_PeriodEnded", "ServiceTask_EscalateListing",
                "EndEvent_Escalated").isEnded();
        assertThat(standing.isSeriouslyDishonest(charity.creditCode())).isTrue();
        assertThat(standing.listingsInForce(charity.creditCode())).singleElement().satisfies(l -> {
            assertThat(l.list()).isEqualTo(CreditList.SERIOUS_DISHONESTY);
            assertThat(l.reasonCode()).isEqualTo(ListingReasons.ABNORMAL_FOR_TWO_YEARS);
            assertThat(l.listedOn()).isEqualTo(SWEEP_AFTER_DUE_DATE.plusYears(2));
        });
        assertThat(publicList(CreditList.SERIOUS_DISHONESTY)).contains(charity.creditCode());
        assertThat(publicList(CreditList.ABNORMAL_ACTIVITY)).doesNotContain(charity.creditCode());

        // and the other flows see it: the qualification is refused for serious dishonesty
        today(SWEEP_AFTER_DUE_DATE.plusYears(2).plusDays(1));
        Applied refused = applyAndCheck();
        assertThat(fundraising.get(APPLICANT, refused.id()).outcomeReasons()).extracting(Reason::code)
                .contains("SERIOUSLY_DISHONEST");
        // and so is an evaluation (评估): the same joint punishment in another flow's eligibility rules
        Evaluation evaluation = evaluations.apply(APPLICANT, EvaluationScenario.request(charity.creditCode()));
        Evaluation ineligible = evaluations.get(APPLICANT, evaluation.id());
        assertThat(ineligible.status()).isEqualTo(EvaluationStatus.INELIGIBLE);
        assertThat(ineligible.reasons()).extracting(EvaluationReason::code).contains("SERIOUSLY_DISHONEST");
    }

    // ----- the flows as the account holder and the officials drive them

    private static void today(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ZONE).toInstant()));
    }

    /** The credit codes on the list for Beijing authorities, as partner departments fetch them. */
    private java.util.List<String> publicList(CreditList list) {
        return standing.inForce(list, "11", 10_000, 0).stream().map(CreditListing::creditCode).toList();
    }

    private ProcessInstance instance(String processInstanceId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
    }

    /** A Beijing foundation registered today (on the engine's clock), recognized as a charity by the official. */
    private Organization registerCharity() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Organization org = registry.register(new NewOrganization("青禾" + suffix + "慈善基金会",
                OrganizationType.FOUNDATION, OrganizationScope.LOCAL, "110000", null, "王青禾",
                new BigDecimal("4000000"), "北京市海淀区学院路1号", "资助家庭经济困难学生", UUID.randomUUID().toString(),
                APPLICANT.id(), DIRECTOR.id()));
        return fundraising.recognizeCharity(OFFICIAL, org.creditCode());
    }

    /** The account holder files the report on the year on that day; the official reviews it as qualified. */
    private AnnualReport fileAndAccept(int year, LocalDate on) {
        today(on);
        AnnualReport filed = reports.file(APPLICANT, new AnnualReportFiling(charity.creditCode(), year,
                "全年资助困难学生320名，举办助学活动12场", new BigDecimal("1200000"), new BigDecimal("1000000"),
                new BigDecimal("850000"), new BigDecimal("4000000"), new BigDecimal("4200000"), 2, null,
                "“青禾助学计划”资助困难家庭学生320名"));
        complete(inbox, OFFICIAL, filed.processInstanceId(), "UserTask_ReviewReport", "QUALIFIED", null);
        AnnualReport accepted = reports.get(APPLICANT, filed.id());
        assertThat(accepted.status()).isEqualTo(AnnualReportStatus.ACCEPTED);
        return accepted;
    }

    /**
     * Runs the annual-report due-date sweep the day after the 2025 report was due (as the job executor would), and
     * the credit official confirms the listing it proposed. Returns the credit-listing case, waiting out its period.
     */
    private ProcessInstance missTheReportAndConfirmTheListing() {
        today(SWEEP_AFTER_DUE_DATE);
        long sweepsBefore = history.createHistoricActivityInstanceQuery().activityId("EndEvent_SweepDone").count();
        Job sweep = management.createJobQuery().processDefinitionKey("annual-report-deadlines").timers()
                .singleResult();
        management.executeJob(sweep.getId());
        assertThat(history.createHistoricActivityInstanceQuery().activityId("EndEvent_SweepDone").count())
                .isEqualTo(sweepsBefore + 1);

        ProcessInstance listing = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("credit-listing").variableValueEquals("creditCode", charity.creditCode())
                .singleResult();
        assertThat(listing).as("the sweep's proposal started the credit-listing case").isNotNull()
                .isWaitingAt("UserTask_ConfirmListing");
        assertThat(standing.listingsInForce(charity.creditCode())).as("proposed, not yet listed").isEmpty();

        complete(inbox, OFFICIAL, listing.getId(), "UserTask_ConfirmListing", "CONFIRM", null);
        assertThat(listing).hasPassed("ServiceTask_EnterListing").isNotEnded();
        return listing;
    }

    /** The account holder applies for the qualification; the official finds the application complete. */
    private Applied applyAndCheck() {
        QualificationApplication app = fundraising.apply(APPLICANT,
                new QualificationRequest(charity.creditCode(), "拟面向社会公众募集助学资金", "理事会7人、监事1人"));
        ProcessInstance pi = instance(app.processInstanceId());
        complete(inbox, OFFICIAL, app.processInstanceId(), "UserTask_CheckApplication", "COMPLETE", null);
        return new Applied(app, pi);
    }

    private record Applied(QualificationApplication application, ProcessInstance instance) {
        String id() {
            return application.id();
        }

        String processInstanceId() {
            return application.processInstanceId();
        }
    }
}

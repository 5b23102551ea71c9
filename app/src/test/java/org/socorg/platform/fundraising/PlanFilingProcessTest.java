package org.socorg.platform.fundraising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.socorg.platform.fundraising.FundraisingScenario.APPLICANT;
import static org.socorg.platform.fundraising.FundraisingScenario.OFFICIAL;
import static org.socorg.platform.fundraising.FundraisingScenario.OTHER_APPLICANT;
import static org.socorg.platform.fundraising.FundraisingScenario.complete;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.disclosure.PublicField;
import org.socorg.platform.disclosure.PublicRecord;
import org.socorg.platform.disclosure.PublicRecordSource;
import org.socorg.platform.disclosure.PublicSections;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * One test per path of fundraising-plan-filing.bpmn on the real engine and services (H2). The engine's clock is
 * Monday 2026-09-07; plans start on 2026-10-08 and end on 2026-12-31 unless a test says otherwise.
 */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class PlanFilingProcessTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = LocalDate.of(2026, 9, 7).atTime(10, 0).atZone(ZONE).toInstant();

    @Autowired ProcessEngine engine;
    @Autowired FundraisingPlanService plans;
    @Autowired TaskInbox inbox;
    @Autowired OrganizationRegistry registry;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;
    @Autowired List<PublicRecordSource> publicSources;

    @BeforeEach
    void setUp() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private Organization qualifiedCharity() {
        Organization org = FundraisingScenario.charity(registry, jdbc, APPLICANT.id(), "110000",
                LocalDate.of(2024, 3, 1), 2025);
        FundraisingScenario.qualify(jdbc, org);
        return org;
    }

    static PlanRequest plan(String creditCode, LocalDate start, boolean emergency) {
        return new PlanRequest(creditCode, "2026年秋季助学募捐", "资助300名家庭经济困难的高中生", new BigDecimal("1500000"),
                start, LocalDate.of(2026, 12, 31), "北京市", "中国工商银行北京海淀支行 0200000000000000000", emergency);
    }

    private ProcessInstance instance(FundraisingPlan plan) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(plan.processInstanceId())
                .singleResult();
    }

    private List<PublicRecord> publicPlans(String creditCode) {
        return publicSources.stream().filter(s -> s.section().equals(PublicSections.FUNDRAISING_PLANS)).findFirst()
                .orElseThrow().publicRecords(creditCode);
    }

    @Test
    void files_a_plan_reports_progress_and_closes_it_with_public_amounts() {
        Organization org = qualifiedCharity();
        FundraisingPlan filed = plans.file(APPLICANT, plan(org.creditCode(), LocalDate.of(2026, 10, 8), false));
        ProcessInstance pi = instance(filed);
        assertThat(filed.status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(pi).isWaitingAt("UserTask_CheckPlan");
        assertThat(publicPlans(org.creditCode())).as("not public before it is filed").isEmpty();

        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckPlan", "COMPLETE", null);
        assertThat(pi).hasPassedInOrder("UserTask_CheckPlan", "Gateway_PlanComplete", "ServiceTask_RecordFiling")
                .isWaitingAt("UserTask_SubmitClosingReport");
        FundraisingPlan onFile = plans.get(APPLICANT, filed.id());
        assertThat(onFile.status()).isEqualTo(PlanStatus.FILED);
        assertThat(onFile.filingNumber()).matches("110000-FP-2026-\\d{6}");

        plans.reportProgress(APPLICANT, filed.id(), new ProgressRequest(new BigDecimal("320000"), "首批资助80名学生"));
        assertThat(plans.get(OFFICIAL, filed.id()).amountRaised()).isEqualByComparingTo("320000");
        assertThatThrownBy(() -> plans.reportProgress(OTHER_APPLICANT, filed.id(),
                new ProgressRequest(BigDecimal.ONE, null))).isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.status()).isEqualTo(404));

        complete(inbox, APPLICANT, pi.getId(), "UserTask_SubmitClosingReport",
                new TaskDecision("SUBMIT", "共资助310名学生", Map.of("totalRaised", "1480000.50")));
        assertThat(pi).hasPassedInOrder("UserTask_SubmitClosingReport", "ServiceTask_ClosePlan", "EndEvent_Closed")
                .isEnded();
        FundraisingPlan closed = plans.get(APPLICANT, filed.id());
        assertThat(closed.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(closed.amountRaised()).isEqualByComparingTo("1480000.50");
        assertThat(closed.progress()).extracting(ProgressReport::closing).containsExactly(false, true);

        assertThat(publicPlans(org.creditCode())).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(onFile.filingNumber());
            assertThat(r.businessKey()).isEqualTo(filed.id());
            assertThat(r.fields()).extracting(PublicField::value)
                    .contains("1500000.00", "1480000.50", "320000.00 · 首批资助80名学生", "北京市");
        });
        assertThatThrownBy(() -> plans.reportProgress(APPLICANT, filed.id(), new ProgressRequest(BigDecimal.TEN, null)))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo("WRONG_STATE"));
    }

    @Test
    void asks_for_supplements_and_files_the_corrected_plan() {
        Organization org = qualifiedCharity();
        FundraisingPlan filed = plans.file(APPLICANT, plan(org.creditCode(), LocalDate.of(2026, 10, 8), false));
        ProcessInstance pi = instance(filed);
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckPlan", "SUPPLEMENT", "请写明受助对象的遴选办法");
        assertThat(pi).isWaitingAt("UserTask_ProvidePlanSupplements");
        assertThat(plans.get(APPLICANT, filed.id()).status()).isEqualTo(PlanStatus.SUPPLEMENT_REQUESTED);

        // a correction that moves the start to fewer than 10 days after the filing is refused and changes nothing
        assertThatThrownBy(() -> complete(inbox, APPLICANT, pi.getId(), "UserTask_ProvidePlanSupplements",
                new TaskDecision("SUBMIT", null, Map.of("startDate", "2026-09-15"))))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo("FILING_TOO_LATE"));
        assertThat(pi).isWaitingAt("UserTask_ProvidePlanSupplements");

        complete(inbox, APPLICANT, pi.getId(), "UserTask_ProvidePlanSupplements", new TaskDecision("SUBMIT", null,
                Map.of("purpose", "资助300名家庭经济困难的高中生，由学校推荐、基金会公示后确定")));
        assertThat(pi).hasPassedInOrder("UserTask_CheckPlan", "UserTask_ProvidePlanSupplements")
                .isWaitingAt("UserTask_CheckPlan");
        assertThat(plans.get(APPLICANT, filed.id()).purpose()).endsWith("基金会公示后确定");

        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckPlan", "COMPLETE", null);
        assertThat(pi).hasPassed("ServiceTask_RecordFiling").isWaitingAt("UserTask_SubmitClosingReport");
    }

    @Test
    void returns_a_plan_the_official_will_not_file() {
        Organization org = qualifiedCharity();
        FundraisingPlan filed = plans.file(APPLICANT, plan(org.creditCode(), LocalDate.of(2026, 10, 8), false));
        ProcessInstance pi = instance(filed);
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckPlan", "RETURN", "募捐目的超出本组织业务范围");

        assertThat(pi).hasPassedInOrder("Gateway_PlanComplete", "ServiceTask_ReturnPlan", "EndEvent_NotFiled")
                .hasNotPassed("ServiceTask_RecordFiling").isEnded();
        FundraisingPlan returned = plans.get(APPLICANT, filed.id());
        assertThat(returned.status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(returned.filingNumber()).isNull();
        assertThat(returned.outcomeReasons()).extracting(Reason::messageZh).containsExactly("募捐目的超出本组织业务范围");
        assertThat(publicPlans(org.creditCode())).isEmpty();
    }

    @Test
    void reminds_the_charity_when_the_closing_report_is_overdue() {
        Organization org = qualifiedCharity();
        FundraisingPlan filed = plans.file(APPLICANT, plan(org.creditCode(), LocalDate.of(2026, 10, 8), false));
        ProcessInstance pi = instance(filed);
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckPlan", "COMPLETE", null);

        Job overdue = management.createJobQuery().processInstanceId(pi.getId())
                .activityId("BoundaryEvent_ClosingReportOverdue").singleResult();
        // three months after the end date 2026-12-31: due by the end of 2027-03-31
        assertThat(overdue.getDuedate().toInstant())
                .isEqualTo(LocalDate.of(2027, 4, 1).atStartOfDay(ZONE).toInstant());
        ClockUtil.setCurrentTime(overdue.getDuedate());
        management.executeJob(overdue.getId());

        assertThat(pi).hasPassedInOrder("BoundaryEvent_ClosingReportOverdue", "ServiceTask_SendClosingReminder",
                "EndEvent_ClosingReminderSent").isWaitingAt("UserTask_SubmitClosingReport");
    }

    @Test
    void files_an_emergency_plan_within_10_days_after_it_started_and_refuses_a_day_later() {
        Organization org = qualifiedCharity();
        FundraisingPlan late = plans.file(APPLICANT, plan(org.creditCode(), LocalDate.of(2026, 8, 28), true));
        assertThat(late.emergency()).isTrue();
        assertThat(instance(late)).isWaitingAt("UserTask_CheckPlan");

        assertThatThrownBy(() -> plans.file(APPLICANT, plan(org.creditCode(), LocalDate.of(2026, 8, 27), true)))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo("FILING_TOO_LATE");
                    assertThat(e.details()).containsEntry("reasons",
                            List.of("EMERGENCY_FILED_MORE_THAN_TEN_DAYS_AFTER_START"));
                });
    }
}

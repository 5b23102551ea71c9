package org.socorg.platform.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.socorg.platform.evaluation.EvaluationScenario.APPLICANT;
import static org.socorg.platform.evaluation.EvaluationScenario.DIRECTOR;
import static org.socorg.platform.evaluation.EvaluationScenario.EXPERT1;
import static org.socorg.platform.evaluation.EvaluationScenario.EXPERT2;
import static org.socorg.platform.evaluation.EvaluationScenario.EXPERT3;
import static org.socorg.platform.evaluation.EvaluationScenario.OFFICIAL;
import static org.socorg.platform.evaluation.EvaluationScenario.PANEL;
import static org.socorg.platform.evaluation.EvaluationScenario.SUPERVISOR;
import static org.socorg.platform.evaluation.EvaluationScenario.scores;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.calendar.ClockState;
import org.socorg.platform.calendar.StatutoryClock;
import org.socorg.platform.disclosure.PublicRecord;
import org.socorg.platform.disclosure.PublicRecordSource;
import org.socorg.platform.disclosure.PublicSections;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.TaskInbox;
import org.socorg.platform.task.TaskSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * One test per path of evaluation.bpmn on the real engine and services (H2), asserting the path taken. Time is
 * the engine's clock, set to a known working day so the notice period and the validity are predictable.
 */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class EvaluationProcessTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Monday 2026-09-07 10:00: 7 working days of notice end on Wednesday 2026-09-16. */
    static final LocalDate TODAY = LocalDate.of(2026, 9, 7);
    static final Instant APPLIED = TODAY.atTime(10, 0).atZone(ZONE).toInstant();

    @Autowired ProcessEngine engine;
    @Autowired EvaluationService evaluations;
    @Autowired TaskInbox inbox;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired OrganizationRegistry registry;
    @Autowired JdbcTemplate jdbc;
    @Autowired List<PublicRecordSource> publicSources;

    @BeforeEach
    void setUp() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(APPLIED));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private Organization organization(int yearsAgo) {
        return EvaluationScenario.organization(registry, jdbc, TODAY, yearsAgo);
    }

    private Evaluation apply(Organization org) {
        return evaluations.apply(APPLICANT, EvaluationScenario.request(org.creditCode()));
    }

    /** The case's process instance, running or ended (assertions read the history either way). */
    private ProcessInstance instance(Evaluation e) {
        ProcessInstance running = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(e.processInstanceId()).singleResult();
        if (running != null) {
            return running;
        }
        var ended = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(e.processInstanceId()).singleResult();
        return new ProcessInstance() {
            public String getProcessDefinitionId() { return ended.getProcessDefinitionId(); }
            public String getBusinessKey() { return ended.getBusinessKey(); }
            public String getRootProcessInstanceId() { return ended.getRootProcessInstanceId(); }
            public String getCaseInstanceId() { return ended.getCaseInstanceId(); }
            public boolean isSuspended() { return false; }
            public String getId() { return ended.getId(); }
            public boolean isEnded() { return true; }
            public String getProcessInstanceId() { return ended.getId(); }
            public String getTenantId() { return ended.getTenantId(); }
            public String getProcessDefinitionKey() { return ended.getProcessDefinitionKey(); }
        };
    }

    private void complete(Caller caller, String pid, String taskKey, String outcome, String comment,
            Map<String, Object> data) {
        EvaluationScenario.complete(inbox, tasks, caller, pid, taskKey, outcome, comment, data);
    }

    private void acceptWithPanel(String pid) {
        complete(OFFICIAL, pid, "UserTask_ReviewApplication", "ACCEPT", null, Map.of("experts", PANEL));
    }

    /** Every expert scores the same; the mean is then those scores. */
    private void panelScores(String pid, Map<String, Object> scores) {
        for (Caller expert : List.of(EXPERT1, EXPERT2, EXPERT3)) {
            complete(expert, pid, "UserTask_ScoreEvaluation", "SUBMIT_SCORES", "意见：" + expert.id(), scores);
        }
    }

    private Job timer(String pid, String activityId) {
        return management.createJobQuery().processInstanceId(pid).timers().activityId(activityId).singleResult();
    }

    /** Moves the engine's clock to the timer's due date and runs it, as the job executor would. */
    private void fire(String pid, String activityId) {
        Job job = timer(pid, activityId);
        assertThat(job).as("timer at " + activityId).isNotNull();
        ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1000));
        management.executeJob(job.getId());
    }

    private Evaluation get(String id) {
        return evaluations.get(OFFICIAL, id);
    }

    private void gradeWithoutObjection(String pid) {
        acceptWithPanel(pid);
        panelScores(pid, scores(90, 300, 350, 120)); // 860: 4A
        fire(pid, "IntermediateCatchEvent_NoticePeriodEnds");
        complete(DIRECTOR, pid, "UserTask_ConfirmGrade", "CONFIRM", null, Map.of());
    }

    @Test
    void refuses_at_eligibility_when_registered_less_than_two_full_years() {
        Evaluation e = apply(organization(1));
        assertThat(instance(e)).hasPassedInOrder("ServiceTask_CheckEligibility", "ServiceTask_RecordIneligibility",
                "EndEvent_Ineligible").isEnded();
        Evaluation refused = evaluations.get(APPLICANT, e.id());
        assertThat(refused.status()).isEqualTo(EvaluationStatus.INELIGIBLE);
        assertThat(refused.reasons()).extracting(EvaluationReason::code).containsExactly("REGISTERED_TOO_SHORT");
        assertThat(refused.decidedAt()).isNotNull();
    }

    @Test
    void refuses_at_eligibility_when_seriously_dishonest_joint_punishment() {
        Organization org = organization(4);
        EvaluationScenario.listSeriouslyDishonest(jdbc, org.creditCode(), TODAY.minusMonths(2));
        Evaluation e = apply(org);
        assertThat(instance(e)).hasPassed("EndEvent_Ineligible").isEnded();
        assertThat(evaluations.get(APPLICANT, e.id()).reasons()).extracting(EvaluationReason::code)
                .containsExactly("SERIOUSLY_DISHONEST");
    }

    @Test
    void refuses_at_eligibility_when_an_annual_report_is_missing() {
        Organization org = organization(4);
        jdbc.update("DELETE FROM annual_report WHERE credit_code = ? AND report_year = 2025", org.creditCode());
        Evaluation e = apply(org);
        assertThat(instance(e)).hasPassed("EndEvent_Ineligible").isEnded();
        assertThat(evaluations.get(APPLICANT, e.id()).reasons()).extracting(EvaluationReason::code)
                .containsExactly("ANNUAL_REPORTS_NOT_IN_ORDER");
    }

    @Test
    void does_not_accept_after_a_supplement_round_and_stops_the_clock_meanwhile() {
        Evaluation e = apply(organization(3));
        String pid = e.processInstanceId();
        assertThat(instance(e)).hasPassed("ServiceTask_CheckEligibility").isWaitingAt("UserTask_ReviewApplication");
        assertThat(get(e.id()).status()).isEqualTo(EvaluationStatus.UNDER_REVIEW);

        complete(OFFICIAL, pid, "UserTask_ReviewApplication", "SUPPLEMENT", "请补充近两年审计报告", Map.of());
        assertThat(instance(e)).isWaitingAt("UserTask_ProvideSupplements");
        assertThat(get(e.id()).status()).isEqualTo(EvaluationStatus.SUPPLEMENT_REQUESTED);
        assertThat(get(e.id()).deadlines()).extracting(StatutoryClock::state).containsExactly(ClockState.PAUSED);
        assertThat(timer(pid, "BoundaryEvent_ReviewReminder").isSuspended()).as("a paused clock's reminder").isTrue();
        assertThat(timer(pid, "BoundaryEvent_ReviewOverdue").isSuspended()).as("nor its escalation").isTrue();
        assertThat(tasks.createTaskQuery().processInstanceId(pid).singleResult().getAssignee())
                .isEqualTo(APPLICANT.id());

        complete(APPLICANT, pid, "UserTask_ProvideSupplements", "SUBMIT", null, Map.of("summary", "补充：审计报告已上传"));
        assertThat(get(e.id()).selfAssessment().summary()).isEqualTo("补充：审计报告已上传");
        assertThat(get(e.id()).deadlines()).extracting(StatutoryClock::state).containsExactly(ClockState.RUNNING);
        complete(OFFICIAL, pid, "UserTask_ReviewApplication", "NOT_ACCEPTED", "财务管理不符合评估要求", Map.of());

        assertThat(instance(e)).hasPassedInOrder("UserTask_ReviewApplication", "UserTask_ProvideSupplements",
                "UserTask_ReviewApplication", "EndEvent_NotAcceptable", "ServiceTask_RecordNonAcceptance",
                "EndEvent_NotAccepted").isEnded();
        Evaluation done = evaluations.get(APPLICANT, e.id());
        assertThat(done.status()).isEqualTo(EvaluationStatus.NOT_ACCEPTED);
        assertThat(done.reasons()).extracting(EvaluationReason::messageZh).containsExactly("财务管理不符合评估要求");
        assertThat(done.deadlines()).extracting(StatutoryClock::state).containsExactly(ClockState.STOPPED);
    }

    @Test
    void reminds_the_officials_when_the_review_limit_is_near() {
        Evaluation e = apply(organization(3));
        fire(e.processInstanceId(), "BoundaryEvent_ReviewReminder");
        assertThat(instance(e)).hasPassed("ServiceTask_SendReviewReminder", "EndEvent_ReminderSent")
                .isWaitingAt("UserTask_ReviewApplication");
    }

    @Test
    void escalates_to_the_supervisors_when_the_review_limit_passes() {
        Evaluation e = apply(organization(3));
        String pid = e.processInstanceId();
        StatutoryClock clock = get(e.id()).deadlines().get(0);
        Job overdue = timer(pid, "BoundaryEvent_ReviewOverdue");
        assertThat(overdue).as("the preliminary review's limit has an escalation").isNotNull();
        assertThat(overdue.getDuedate().toInstant()).isEqualTo(clock.dueAt());
        fire(pid, "BoundaryEvent_ReviewOverdue");

        assertThat(instance(e)).hasPassed("BoundaryEvent_ReviewOverdue")
                .isWaitingAt("UserTask_ReviewApplication", "UserTask_SuperviseOverdueReview");
        assertThatThrownBy(() -> complete(SUPERVISOR, pid, "UserTask_SuperviseOverdueReview", "ACKNOWLEDGE", null,
                Map.of())).isInstanceOf(PlatformException.class).hasMessageContaining("COMMENT_REQUIRED");
        complete(SUPERVISOR, pid, "UserTask_SuperviseOverdueReview", "ACKNOWLEDGE", "已督促初审人员三日内办结", Map.of());
        assertThat(instance(e)).hasPassed("UserTask_SuperviseOverdueReview", "EndEvent_Supervised")
                .isWaitingAt("UserTask_ReviewApplication");
    }

    @Test
    void offers_one_scoring_task_per_expert_assigned_to_that_expert_and_waits_for_all_three() {
        Evaluation e = apply(organization(3));
        String pid = e.processInstanceId();
        acceptWithPanel(pid);
        assertThat(get(e.id()).status()).isEqualTo(EvaluationStatus.SCORING);
        List<Task> scoring = tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("UserTask_ScoreEvaluation")
                .list();
        assertThat(scoring).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(PANEL);
        for (Caller expert : List.of(EXPERT1, EXPERT2, EXPERT3)) {
            assertThat(inbox.myTasks(expert)).filteredOn(t -> pid.equals(t.processInstanceId()))
                    .extracting(TaskSummary::assignee).containsExactly(expert.id());
        }
        assertThat(inbox.myTasks(OFFICIAL)).noneMatch(t -> pid.equals(t.processInstanceId()));

        complete(EXPERT1, pid, "UserTask_ScoreEvaluation", "SUBMIT_SCORES", null, scores(100, 350, 400, 150));
        complete(EXPERT2, pid, "UserTask_ScoreEvaluation", "SUBMIT_SCORES", null, scores(80, 300, 300, 100));
        assertThat(instance(e)).isWaitingAt("UserTask_ScoreEvaluation");
        assertThat(tasks.createTaskQuery().processInstanceId(pid).list()).extracting(Task::getAssignee)
                .containsExactly("expert3");
        complete(EXPERT3, pid, "UserTask_ScoreEvaluation", "SUBMIT_SCORES", null, scores(90, 250, 350, 125));

        // means 90, 300, 350, 125 -> 865
        Evaluation scored = get(e.id());
        assertThat(scored.criterionScores()).containsEntry("basicConditions", new BigDecimal("90.00"))
                .containsEntry("internalGovernance", new BigDecimal("300.00"))
                .containsEntry("workPerformance", new BigDecimal("350.00"))
                .containsEntry("socialEvaluation", new BigDecimal("125.00"));
        assertThat(scored.totalScore()).isEqualByComparingTo("865");
        assertThat(scored.grade()).isEqualTo("4A");
        assertThat(instance(e)).hasPassedInOrder("UserTask_ScoreEvaluation", "ServiceTask_GradeEvaluation",
                "ServiceTask_OpenPublicNotice").isWaitingAt("IntermediateCatchEvent_NoticePeriodEnds");
    }

    @Test
    void grades_after_a_notice_without_objection_valid_for_five_years() {
        Evaluation e = apply(organization(3));
        String pid = e.processInstanceId();
        acceptWithPanel(pid);
        panelScores(pid, scores(95, 330, 380, 140)); // 945: 5A
        Evaluation noticed = get(e.id());
        assertThat(noticed.status()).isEqualTo(EvaluationStatus.PUBLIC_NOTICE);
        assertThat(noticed.noticeEndsOn()).as("7 working days from Monday 7 September").isEqualTo(LocalDate.of(2026, 9, 16));
        assertThat(evaluations.notices(0, 200)).extracting(PublicNotice::evaluationId).contains(e.id());
        assertThat(timer(pid, "IntermediateCatchEvent_NoticePeriodEnds").getDuedate().toInstant())
                .isEqualTo(LocalDate.of(2026, 9, 17).atStartOfDay(ZONE).toInstant());

        fire(pid, "IntermediateCatchEvent_NoticePeriodEnds");
        assertThat(instance(e)).hasPassed("EndEvent_NoticeEnded", "ServiceTask_CloseNotice")
                .isWaitingAt("UserTask_ConfirmGrade");
        assertThat(get(e.id()).status()).isEqualTo(EvaluationStatus.AWAITING_CONFIRMATION);
        assertThatThrownBy(() -> evaluations.object(e.id(), new ObjectionRequest("太晚了", null, null)))
                .isInstanceOfSatisfying(PlatformException.class,
                        p -> assertThat(p.code()).isEqualTo("NOT_IN_PUBLIC_NOTICE"));
        complete(DIRECTOR, pid, "UserTask_ConfirmGrade", "CONFIRM", null, Map.of());

        assertThat(instance(e)).hasPassedInOrder("UserTask_ConfirmGrade", "ServiceTask_AwardGrade")
                .isWaitingAt("IntermediateCatchEvent_ExpiryReminderDue");
        Evaluation graded = evaluations.get(APPLICANT, e.id());
        assertThat(graded.status()).isEqualTo(EvaluationStatus.GRADED);
        assertThat(graded.grade()).isEqualTo("5A");
        assertThat(graded.validFrom()).isEqualTo(LocalDate.of(2026, 9, 17));
        assertThat(graded.validTo()).isEqualTo(LocalDate.of(2031, 9, 16));
        assertThat(graded.panelExperts()).as("the applicant does not see the panel").isEmpty();

        PublicRecordSource source = publicSources.stream()
                .filter(s -> PublicSections.EVALUATION.equals(s.section())).findFirst().orElseThrow();
        assertThat(source.publicRecords(e.creditCode())).singleElement().satisfies(r -> {
            assertThat(r.businessKey()).isEqualTo(e.id());
            assertThat(r.date()).isEqualTo(LocalDate.of(2026, 9, 17));
            assertThat(r.fields()).extracting(f -> f.value()).containsExactly("5A", "2026-09-17", "2031-09-16",
                    "有效 / Valid");
        });
    }

    @Test
    void an_upheld_objection_sends_the_case_back_to_the_panel_and_a_dismissed_one_does_not() {
        Evaluation e = apply(organization(3));
        String pid = e.processInstanceId();
        acceptWithPanel(pid);
        panelScores(pid, scores(90, 300, 350, 120)); // 860: 4A

        ObjectionReceipt first = evaluations.object(e.id(), new ObjectionRequest("社会评价偏高", "公众甲", null));
        assertThat(first.status()).isEqualTo("PENDING");
        assertThat(instance(e)).isWaitingAt("IntermediateCatchEvent_NoticePeriodEnds", "UserTask_ReviewObjection");
        complete(OFFICIAL, pid, "UserTask_ReviewObjection", "DISMISS", "经核实，评分依据充分", Map.of());
        assertThat(instance(e)).hasPassed("EndEvent_ObjectionDismissed")
                .isWaitingAt("IntermediateCatchEvent_NoticePeriodEnds");

        evaluations.object(e.id(), new ObjectionRequest("2025年未按章程召开理事会", null, "13800000000"));
        complete(OFFICIAL, pid, "UserTask_ReviewObjection", "UPHOLD", "异议属实，退回专家重新评分", Map.of());
        assertThat(instance(e)).hasPassed("EndEvent_ObjectionUpheld", "ServiceTask_ReopenEvaluation")
                .isWaitingAt("UserTask_ScoreEvaluation");
        assertThat(management.createJobQuery().processInstanceId(pid).timers().list()).as("the notice timer is gone")
                .isEmpty();
        Evaluation reopened = get(e.id());
        assertThat(reopened.status()).isEqualTo(EvaluationStatus.SCORING);
        assertThat(reopened.round()).isEqualTo(2);
        assertThat(reopened.grade()).isNull();
        assertThat(tasks.createTaskQuery().processInstanceId(pid).list()).extracting(Task::getAssignee)
                .containsExactlyInAnyOrderElementsOf(PANEL);

        panelScores(pid, scores(90, 250, 320, 100)); // 760: 3A
        assertThat(get(e.id()).grade()).isEqualTo("3A");
        fire(pid, "IntermediateCatchEvent_NoticePeriodEnds");
        complete(DIRECTOR, pid, "UserTask_ConfirmGrade", "CONFIRM", null, Map.of());
        assertThat(evaluations.get(APPLICANT, e.id())).satisfies(g -> {
            assertThat(g.status()).isEqualTo(EvaluationStatus.GRADED);
            assertThat(g.grade()).isEqualTo("3A");
        });
    }

    @Test
    void the_director_may_refer_the_result_back_to_the_panel() {
        Evaluation e = apply(organization(3));
        String pid = e.processInstanceId();
        acceptWithPanel(pid);
        panelScores(pid, scores(90, 300, 350, 120));
        fire(pid, "IntermediateCatchEvent_NoticePeriodEnds");
        complete(DIRECTOR, pid, "UserTask_ConfirmGrade", "REFER_BACK", "工作绩效评分依据不足", Map.of());
        assertThat(instance(e)).hasPassed("ServiceTask_ReopenEvaluation").isWaitingAt("UserTask_ScoreEvaluation");
        assertThat(get(e.id()).round()).isEqualTo(2);
    }

    @Test
    void ends_without_a_grade_when_the_total_reaches_none() {
        Evaluation e = apply(organization(3));
        String pid = e.processInstanceId();
        acceptWithPanel(pid);
        panelScores(pid, scores(60, 150, 200, 80)); // 490
        assertThat(instance(e)).hasPassedInOrder("ServiceTask_GradeEvaluation", "ServiceTask_RecordNoGrade",
                "EndEvent_NotGraded").isEnded();
        Evaluation done = evaluations.get(APPLICANT, e.id());
        assertThat(done.status()).isEqualTo(EvaluationStatus.NOT_GRADED);
        assertThat(done.reasons()).extracting(EvaluationReason::code).containsExactly("TOTAL_BELOW_LOWEST_GRADE");
    }

    @Test
    void reminds_before_the_grade_expires_and_expires_it_after_five_years() {
        Evaluation e = apply(organization(3));
        String pid = e.processInstanceId();
        gradeWithoutObjection(pid);
        LocalDate validTo = get(e.id()).validTo();
        assertThat(timer(pid, "IntermediateCatchEvent_ExpiryReminderDue").getDuedate().toInstant())
                .isEqualTo(validTo.minusDays(90).atTime(9, 0).atZone(ZONE).toInstant());

        fire(pid, "IntermediateCatchEvent_ExpiryReminderDue");
        assertThat(instance(e)).hasPassed("ServiceTask_SendExpiryReminder")
                .isWaitingAt("IntermediateCatchEvent_GradeExpires");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pid)
                .variableName("expiryReminderSent").singleResult().getValue()).isEqualTo(true);
        assertThat(get(e.id()).status()).isEqualTo(EvaluationStatus.GRADED);

        fire(pid, "IntermediateCatchEvent_GradeExpires");
        assertThat(ClockUtil.getCurrentTime().toInstant()).isAfter(validTo.plusDays(1).atStartOfDay(ZONE).toInstant());
        assertThat(instance(e)).hasPassedInOrder("ServiceTask_ExpireGrade", "EndEvent_GradeExpired").isEnded();
        assertThat(get(e.id()).status()).isEqualTo(EvaluationStatus.EXPIRED);
        PublicRecordSource source = publicSources.stream()
                .filter(s -> PublicSections.EVALUATION.equals(s.section())).findFirst().orElseThrow();
        assertThat(source.publicRecords(e.creditCode())).singleElement().extracting(PublicRecord::fields)
                .satisfies(f -> assertThat(f.get(3).value()).isEqualTo("已过期 / Expired"));
    }

    @Test
    void refuses_a_second_application_while_one_is_in_progress_and_a_re_evaluation_within_two_years() {
        Organization org = organization(3);
        Evaluation e = apply(org);
        assertThatThrownBy(() -> apply(org)).isInstanceOfSatisfying(PlatformException.class,
                p -> assertThat(p.code()).isEqualTo("EVALUATION_IN_PROGRESS"));
        gradeWithoutObjection(e.processInstanceId());

        Evaluation tooSoon = apply(org);
        assertThat(tooSoon.status()).isEqualTo(EvaluationStatus.INELIGIBLE);
        assertThat(tooSoon.reasons()).extracting(EvaluationReason::code).containsExactly("GRADE_TOO_RECENT");
    }
}

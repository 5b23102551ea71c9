package org.socorg.platform.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.socorg.platform.complaint.ComplaintScenario.ENFORCER;
import static org.socorg.platform.complaint.ComplaintScenario.SHANGHAI_ENFORCER;
import static org.socorg.platform.complaint.ComplaintScenario.SUPERVISOR;
import static org.socorg.platform.complaint.ComplaintScenario.about;
import static org.socorg.platform.complaint.ComplaintScenario.complete;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.calendar.ClockState;
import org.socorg.platform.calendar.StatutoryClock;
import org.socorg.platform.calendar.StatutoryClocks;
import org.socorg.platform.complaint.internal.ComplaintMapper;
import org.socorg.platform.complaint.internal.ComplaintRow;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.registration.RegistrationScenario;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** One test per path of complaint-intake.bpmn: dismissed, merged as duplicate, case opened; and its time limit. */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class ComplaintIntakeProcessTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Monday 2026-09-07, 10:00; 15 working days later crosses the Mid-Autumn and National Day holidays. */
    static final Instant RECEIVED = LocalDate.of(2026, 9, 7).atTime(10, 0).atZone(ZONE).toInstant();

    @Autowired ProcessEngine engine;
    @Autowired ComplaintService complaints;
    @Autowired ComplaintMapper mapper;
    @Autowired TaskInbox inbox;
    @Autowired OrganizationRegistry registry;
    @Autowired StatutoryClocks clocks;
    @Autowired ManagementService management;

    @BeforeEach
    void setUp() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(RECEIVED));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ProcessInstance instance(ComplaintRow row) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(row.processInstanceId)
                .singleResult();
    }

    private ComplaintRow file(ComplaintRequest request) {
        return ComplaintScenario.file(complaints, mapper, request);
    }

    @Test
    void dismisses_a_complaint_and_shows_the_reporter_the_reasons() {
        Organization org = ComplaintScenario.organization(registry);
        ComplaintRow filed = file(about(org, ComplaintCategory.GOVERNANCE));
        ProcessInstance pi = instance(filed);
        assertThat(pi).hasPassed("ServiceTask_DetectDuplicate").isWaitingAt("UserTask_TriageComplaint");
        assertThat(pi).task().hasCandidateGroup("enforcement-officers");

        complete(inbox, ENFORCER, pi.getId(), "UserTask_TriageComplaint", "DISMISS", "举报事项不属于登记管理机关职责",
                Map.of());

        assertThat(pi).hasPassedInOrder("UserTask_TriageComplaint", "Gateway_TriageOutcome",
                "ServiceTask_DismissComplaint", "EndEvent_Dismissed").isEnded();
        ComplaintTracking tracking = complaints.track(filed.trackingCode);
        assertThat(tracking.status()).isEqualTo(ComplaintStatus.DISMISSED);
        assertThat(tracking.reason()).isEqualTo("举报事项不属于登记管理机关职责");
        assertThat(tracking.organizationName()).isEqualTo(org.name());
        assertThat(clocks.forProcessInstance(pi.getId())).extracting(StatutoryClock::state)
                .containsOnly(ClockState.STOPPED);
    }

    @Test
    void suggests_an_open_complaint_on_the_same_subject_as_duplicate_and_merges_into_its_case() {
        Organization org = ComplaintScenario.organization(registry);
        ComplaintRow first = file(about(org, ComplaintCategory.ILLEGAL_FUNDRAISING));
        assertThat(first.suggestedDuplicate).isNull();
        complete(inbox, ENFORCER, first.processInstanceId, "UserTask_TriageComplaint", "OPEN_CASE", null, Map.of());
        String caseId = mapper.findComplaint(first.id).orElseThrow().caseId;

        ComplaintRow second = file(about(org, ComplaintCategory.ILLEGAL_FUNDRAISING));
        ComplaintRow otherSubject = file(about(org, ComplaintCategory.GOVERNANCE));
        assertThat(mapper.findComplaint(second.id).orElseThrow().suggestedDuplicate).isEqualTo(first.id);
        assertThat(engine.getRuntimeService().getVariable(second.processInstanceId, "duplicateSuggested"))
                .isEqualTo(true);
        assertThat(mapper.findComplaint(otherSubject.id).orElseThrow().suggestedDuplicate)
                .as("another subject is not a duplicate").isNull();

        ProcessInstance secondPi = instance(second);
        complete(inbox, ENFORCER, second.processInstanceId, "UserTask_TriageComplaint", "MERGE", null, Map.of());

        assertThat(secondPi).hasPassedInOrder("UserTask_TriageComplaint", "ServiceTask_MergeComplaint",
                "EndEvent_Merged").isEnded();
        ComplaintRow merged = mapper.findComplaint(second.id).orElseThrow();
        assertThat(merged.status).isEqualTo(ComplaintStatus.MERGED);
        assertThat(merged.mergedInto).isEqualTo(first.id);
        assertThat(merged.caseId).isEqualTo(caseId);
        ComplaintTracking tracking = complaints.track(second.trackingCode);
        assertThat(tracking.merged()).isTrue();
        assertThat(tracking.status()).as("follows the open case").isEqualTo(ComplaintStatus.UNDER_INVESTIGATION);

        // the case ends with a warning: the merged report's reporter learns it too
        String casePid = complaints.getCase(ENFORCER, caseId).processInstanceId();
        complete(inbox, ENFORCER, casePid, "UserTask_InvestigateCase", "PROPOSE", "查实",
                ComplaintScenario.proposal(EnforcementOutcome.WARNING, null));
        complete(inbox, ComplaintScenario.DIRECTOR, casePid, "UserTask_DecideOutcome", "APPROVE", null, Map.of());
        ComplaintTracking followed = complaints.track(second.trackingCode);
        assertThat(followed.status()).isEqualTo(ComplaintStatus.PENALTY_IMPOSED);
        assertThat(followed.merged()).isTrue();
        assertThat(followed.outcome()).isEqualTo(EnforcementOutcome.WARNING);
        assertThat(followed.decisionNumber()).isEqualTo(complaints.track(first.trackingCode).decisionNumber())
                .isNotNull();
    }

    @Test
    void does_not_suggest_a_closed_complaint_as_duplicate() {
        Organization org = ComplaintScenario.organization(registry);
        ComplaintRow first = file(about(org, ComplaintCategory.ILLEGAL_FEES));
        complete(inbox, ENFORCER, first.processInstanceId, "UserTask_TriageComplaint", "DISMISS", "查无实据", Map.of());
        ComplaintRow second = file(about(org, ComplaintCategory.ILLEGAL_FEES));
        assertThat(second.suggestedDuplicate).isNull();
        assertThatThrownBy(() -> complete(inbox, ENFORCER, second.processInstanceId, "UserTask_TriageComplaint",
                "MERGE", null, Map.of()))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo("NO_DUPLICATE");
                    assertThat(e.details()).containsEntry("field", "data.mergeInto");
                });
        assertThatThrownBy(() -> complete(inbox, ENFORCER, second.processInstanceId, "UserTask_TriageComplaint",
                "MERGE", null, Map.of("mergeInto", first.id)))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.code()).isEqualTo("DUPLICATE_NOT_OPEN"));
        assertThat(instance(second)).as("a refused decision changes nothing").isWaitingAt("UserTask_TriageComplaint");
        assertThat(mapper.findComplaint(second.id).orElseThrow().status).isEqualTo(ComplaintStatus.RECEIVED);
    }

    @Test
    void opens_a_case_that_the_reporter_follows() {
        Organization org = ComplaintScenario.organization(registry);
        ComplaintRow filed = file(about(org, ComplaintCategory.FINANCIAL_IRREGULARITY));
        ProcessInstance pi = instance(filed);
        complete(inbox, ENFORCER, filed.processInstanceId, "UserTask_TriageComplaint", "OPEN_CASE", null, Map.of());

        assertThat(pi).hasPassedInOrder("UserTask_TriageComplaint", "ServiceTask_OpenEnforcementCase",
                "EndEvent_CaseOpened").isEnded();
        ComplaintRow row = mapper.findComplaint(filed.id).orElseThrow();
        assertThat(row.status).isEqualTo(ComplaintStatus.UNDER_INVESTIGATION);
        EnforcementCase opened = complaints.getCase(ENFORCER, row.caseId);
        assertThat(opened.status()).isEqualTo(EnforcementCaseStatus.INVESTIGATING);
        assertThat(opened.creditCode()).isEqualTo(org.creditCode());
        ProcessInstance casePi = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(opened.processInstanceId()).singleResult();
        assertThat(casePi).isWaitingAt("UserTask_InvestigateCase");
        assertThat(casePi.getBusinessKey()).isEqualTo(opened.id());
        assertThat(complaints.track(filed.trackingCode).status()).isEqualTo(ComplaintStatus.UNDER_INVESTIGATION);
    }

    @Test
    void gives_a_complaint_about_an_unknown_organization_to_the_installations_authority() {
        ComplaintRow filed = file(new ComplaintRequest(null, "  某某国际慈善总会  ", ComplaintCategory.UNREGISTERED_ACTIVITY,
                "未经登记以社会组织名义招募会员收取会费。", true, null));
        assertThat(filed.divisionCode).isEqualTo("110000");
        assertThat(filed.creditCode).isNull();
        assertThat(filed.organizationName).isEqualTo("某某国际慈善总会");
        assertThat(filed.reporterId).isNull();
        assertThat(filed.contact).isNull();
        assertThat(RegistrationScenario.task(inbox, ENFORCER, filed.processInstanceId, "UserTask_TriageComplaint"))
                .isNotNull();
        assertThat(inbox.myTasks(SHANGHAI_ENFORCER)).noneMatch(t -> t.processInstanceId().equals(filed.processInstanceId));
        // a second report of the same name (written differently) is its duplicate
        ComplaintRow again = file(new ComplaintRequest(null, "某某国际慈善总会", ComplaintCategory.UNREGISTERED_ACTIVITY,
                "又一次在小区里收取会费。", false, null));
        assertThat(again.suggestedDuplicate).isEqualTo(filed.id);
    }

    @Test
    void never_records_who_filed_an_anonymous_report_but_keeps_a_signed_in_reporter() {
        Organization org = ComplaintScenario.organization(registry);
        ComplaintReceipt anonymous = complaints.file(Optional.of(RegistrationScenario.APPLICANT),
                new ComplaintRequest(org.creditCode(), null, ComplaintCategory.OTHER, "匿名举报的内容描述。", true, null));
        ComplaintReceipt named = complaints.file(Optional.of(RegistrationScenario.APPLICANT),
                new ComplaintRequest(org.creditCode(), null, ComplaintCategory.GOVERNANCE, "署名举报的内容描述。", false,
                        "13900000000"));
        ComplaintRow a = mapper.findByTrackingCode(anonymous.trackingCode()).orElseThrow();
        ComplaintRow n = mapper.findByTrackingCode(named.trackingCode()).orElseThrow();
        assertThat(a.reporterId).isNull();
        assertThat(n.reporterId).isEqualTo("applicant1");
        assertThat(complaints.get(ENFORCER, n.id).contact()).isEqualTo("13900000000");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(a.processInstanceId).singleResult().getStartUserId())
                .as("the audit log never names the reporter").isEqualTo(ComplaintService.REPORTER_PSEUDONYM);
        assertThat(anonymous.trackingCode()).matches("[0-9A-HJ-NP-RTUW-Y]{20}").isNotEqualTo(named.trackingCode());
    }

    @Test
    void reminds_before_the_triage_limit_and_escalates_when_it_passes() {
        Organization org = ComplaintScenario.organization(registry);
        ComplaintRow filed = file(about(org, ComplaintCategory.BEYOND_BUSINESS_SCOPE));
        ProcessInstance pi = instance(filed);
        StatutoryClock clock = clocks.find(pi.getId(), "complaint-triage").orElseThrow();
        // 15 working days from Monday 7 September 2026, skipping Mid-Autumn/National Day (1–7 October)
        assertThat(LocalDate.ofInstant(clock.dueAt(), ZONE)).isAfter(LocalDate.of(2026, 9, 28));

        Job reminder = timer(pi, "BoundaryEvent_TriageReminder");
        ClockUtil.setCurrentTime(new Date(reminder.getDuedate().getTime() + 60_000));
        management.executeJob(reminder.getId());
        assertThat(pi).hasPassed("ServiceTask_SendTriageReminder", "EndEvent_TriageReminderSent")
                .isWaitingAt("UserTask_TriageComplaint");

        Job overdue = timer(pi, "BoundaryEvent_TriageOverdue");
        assertThat(overdue.getDuedate().toInstant()).isEqualTo(clock.dueAt());
        ClockUtil.setCurrentTime(new Date(overdue.getDuedate().getTime() + 60_000));
        management.executeJob(overdue.getId());
        assertThat(pi).isWaitingAt("UserTask_TriageComplaint", "UserTask_SuperviseOverdueTriage");
        complete(inbox, SUPERVISOR, pi.getId(), "UserTask_SuperviseOverdueTriage", "ACKNOWLEDGE", "已督促承办人", Map.of());
        assertThat(pi).hasPassed("EndEvent_TriageSupervised").isWaitingAt("UserTask_TriageComplaint");
        complete(inbox, ENFORCER, pi.getId(), "UserTask_TriageComplaint", "DISMISS", "超出管辖范围", Map.of());
        assertThat(pi).isEnded();
    }

    private Job timer(ProcessInstance pi, String activityId) {
        return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).timers()
                .singleResult();
    }
}

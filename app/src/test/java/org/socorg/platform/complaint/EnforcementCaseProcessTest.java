package org.socorg.platform.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.socorg.platform.complaint.ComplaintScenario.DIRECTOR;
import static org.socorg.platform.complaint.ComplaintScenario.ENFORCER;
import static org.socorg.platform.complaint.ComplaintScenario.SUPERVISOR;
import static org.socorg.platform.complaint.ComplaintScenario.about;
import static org.socorg.platform.complaint.ComplaintScenario.complete;
import static org.socorg.platform.complaint.ComplaintScenario.proposal;

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
import org.socorg.platform.audit.AuditLog;
import org.socorg.platform.audit.ReconciliationReport;
import org.socorg.platform.complaint.internal.ComplaintMapper;
import org.socorg.platform.complaint.internal.ComplaintRow;
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.credit.ListingProposed;
import org.socorg.platform.credit.ListingReasons;
import org.socorg.platform.disclosure.PublicField;
import org.socorg.platform.disclosure.PublicRecord;
import org.socorg.platform.disclosure.PublicRecordSource;
import org.socorg.platform.disclosure.PublicSections;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * One test per path of enforcement-case.bpmn — closed without penalty, and each penalty — with the credit listing
 * each one proposes ({@link ListingProposed}), the public penalty record and what the reporter is told.
 */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
@RecordApplicationEvents
class EnforcementCaseProcessTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant OPENED = LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZONE).toInstant();

    @Autowired ProcessEngine engine;
    @Autowired ComplaintService complaints;
    @Autowired ComplaintMapper mapper;
    @Autowired TaskInbox inbox;
    @Autowired OrganizationRegistry registry;
    @Autowired ManagementService management;
    @Autowired List<PublicRecordSource> publicSources;
    @Autowired ApplicationEvents events;
    @Autowired AuditLog auditLog;

    @BeforeEach
    void setUp() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(OPENED));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** A complaint about the organization, triaged into a case; returns the complaint with its case id. */
    private ComplaintRow openCase(Organization org) {
        ComplaintRow filed = ComplaintScenario.file(complaints, mapper, about(org, ComplaintCategory.ILLEGAL_FUNDRAISING));
        complete(inbox, ENFORCER, filed.processInstanceId, "UserTask_TriageComplaint", "OPEN_CASE", null, Map.of());
        return mapper.findComplaint(filed.id).orElseThrow();
    }

    private ProcessInstance caseInstance(ComplaintRow complaint) {
        String pid = complaints.getCase(ENFORCER, complaint.caseId).processInstanceId();
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).singleResult();
    }

    /** Investigates with the proposal and has the director approve it. */
    private ProcessInstance decide(ComplaintRow complaint, EnforcementOutcome outcome, String fine) {
        ProcessInstance pi = caseInstance(complaint);
        complete(inbox, ENFORCER, pi.getId(), "UserTask_InvestigateCase", "PROPOSE", "经查，举报属实。",
                proposal(outcome, fine));
        assertThat(pi).isWaitingAt("UserTask_DecideOutcome");
        complete(inbox, DIRECTOR, pi.getId(), "UserTask_DecideOutcome", "APPROVE", null, Map.of());
        return pi;
    }

    private List<ListingProposed> proposedFor(String creditCode) {
        return events.stream(ListingProposed.class).filter(e -> e.creditCode().equals(creditCode)).toList();
    }

    private PublicRecordSource penalties() {
        return publicSources.stream().filter(s -> s.section().equals(PublicSections.PENALTIES)).findFirst()
                .orElseThrow();
    }

    @Test
    void closes_a_case_without_penalty_and_proposes_no_listing() {
        Organization org = ComplaintScenario.organization(registry);
        ComplaintRow complaint = openCase(org);
        ProcessInstance pi = decide(complaint, EnforcementOutcome.DISMISSAL, null);

        assertThat(pi).hasPassedInOrder("UserTask_InvestigateCase", "UserTask_DecideOutcome",
                "Gateway_PenaltyImposed", "ServiceTask_CloseWithoutPenalty", "EndEvent_ClosedWithoutPenalty").isEnded();
        assertThat(proposedFor(org.creditCode())).isEmpty();
        assertThat(penalties().publicRecords(org.creditCode())).isEmpty();
        ComplaintTracking tracking = complaints.track(complaint.trackingCode);
        assertThat(tracking.status()).isEqualTo(ComplaintStatus.CLOSED_NO_PENALTY);
        assertThat(tracking.outcome()).isEqualTo(EnforcementOutcome.DISMISSAL);
        assertThat(tracking.reason()).isEqualTo("经查，举报属实。");
        assertThat(complaints.getCase(DIRECTOR, complaint.caseId).status()).isEqualTo(EnforcementCaseStatus.CLOSED);
    }

    @Test
    void records_a_warning_publicly_and_proposes_the_abnormal_list() {
        Organization org = ComplaintScenario.organization(registry);
        ComplaintRow complaint = openCase(org);
        ProcessInstance pi = decide(complaint, EnforcementOutcome.WARNING, null);

        assertThat(pi).hasPassedInOrder("UserTask_DecideOutcome", "ServiceTask_ImposePenalty",
                "EndEvent_PenaltyImposed").isEnded();
        assertThat(proposedFor(org.creditCode())).singleElement().satisfies(e -> {
            assertThat(e.list()).isEqualTo(CreditList.ABNORMAL_ACTIVITY);
            assertThat(e.reasonCode()).isEqualTo(ListingReasons.WARNING_OR_SMALL_FINE);
            assertThat(e.legalBasis()).contains("第十条");
            assertThat(e.divisionCode()).isEqualTo("110000");
            assertThat(e.source()).isEqualTo("enforcement");
            assertThat(e.sourceReference()).isEqualTo(complaint.caseId);
        });
        EnforcementCase closed = complaints.getCase(ENFORCER, complaint.caseId);
        AdministrativePenalty penalty = closed.penalty();
        assertThat(penalty.outcome()).isEqualTo(EnforcementOutcome.WARNING);
        assertThat(penalty.decisionNumber()).matches("110000民罚字〔2026〕第\\d{6}号");
        assertThat(penalty.decidedOn()).isEqualTo(LocalDate.of(2026, 3, 2));

        List<PublicRecord> records = penalties().publicRecords(org.creditCode());
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.section()).isEqualTo(PublicSections.PENALTIES);
            assertThat(r.businessKey()).isEqualTo(complaint.caseId);
            assertThat(r.fields()).extracting(PublicField::value).contains(penalty.decisionNumber(),
                    "未经备案开展公开募捐", "《慈善法》第一百零一条", "警告 / Warning", "2026-03-02");
        });
        ComplaintTracking tracking = complaints.track(complaint.trackingCode);
        assertThat(tracking.status()).isEqualTo(ComplaintStatus.PENALTY_IMPOSED);
        assertThat(tracking.outcome()).isEqualTo(EnforcementOutcome.WARNING);
        assertThat(tracking.decisionNumber()).isEqualTo(penalty.decisionNumber());
        assertThat(tracking.legalBasis()).isEqualTo("《慈善法》第一百零一条");
    }

    @Test
    void a_fine_under_50000_goes_to_the_abnormal_list_and_one_of_50000_to_the_serious_dishonesty_list() {
        Organization small = ComplaintScenario.organization(registry);
        decide(openCase(small), EnforcementOutcome.FINE, "49999.99");
        assertThat(proposedFor(small.creditCode())).singleElement().satisfies(e -> {
            assertThat(e.list()).isEqualTo(CreditList.ABNORMAL_ACTIVITY);
            assertThat(e.reasonCode()).isEqualTo(ListingReasons.WARNING_OR_SMALL_FINE);
        });

        Organization large = ComplaintScenario.organization(registry);
        ComplaintRow complaint = openCase(large);
        decide(complaint, EnforcementOutcome.FINE, "50000");
        assertThat(proposedFor(large.creditCode())).singleElement().satisfies(e -> {
            assertThat(e.list()).isEqualTo(CreditList.SERIOUS_DISHONESTY);
            assertThat(e.reasonCode()).isEqualTo(ListingReasons.LARGE_FINE);
        });
        assertThat(complaints.getCase(ENFORCER, complaint.caseId).penalty().fineAmount())
                .isEqualByComparingTo(new BigDecimal("50000"));
        assertThat(penalties().publicRecords(large.creditCode()).get(0).fields()).extracting(PublicField::value)
                .contains("罚款 50000 元 / Fine of 50000 CNY");
    }

    @Test
    void an_order_to_stop_activities_goes_to_the_serious_dishonesty_list() {
        Organization org = ComplaintScenario.organization(registry);
        decide(openCase(org), EnforcementOutcome.ORDER_TO_STOP, null);
        assertThat(proposedFor(org.creditCode())).singleElement().satisfies(e -> {
            assertThat(e.list()).isEqualTo(CreditList.SERIOUS_DISHONESTY);
            assertThat(e.reasonCode()).isEqualTo(ListingReasons.ORDERED_TO_STOP_ACTIVITIES);
        });
        assertThat(registry.getByCreditCode(org.creditCode()).status()).isEqualTo(OrganizationStatus.ACTIVE);
    }

    @Test
    void revoking_the_certificate_marks_the_organization_revoked_and_lists_it_as_seriously_dishonest() {
        Organization org = ComplaintScenario.organization(registry);
        ComplaintRow complaint = openCase(org);
        decide(complaint, EnforcementOutcome.CERTIFICATE_REVOCATION, null);

        assertThat(proposedFor(org.creditCode())).singleElement().satisfies(e -> {
            assertThat(e.list()).isEqualTo(CreditList.SERIOUS_DISHONESTY);
            assertThat(e.reasonCode()).isEqualTo(ListingReasons.CERTIFICATE_REVOKED);
        });
        Organization revoked = registry.getByCreditCode(org.creditCode());
        assertThat(revoked.status()).isEqualTo(OrganizationStatus.REVOKED);
        assertThat(registry.isNameTaken("110000", org.name())).as("the name is free again").isFalse();
        assertThat(registry.statusHistory(org.id())).last().satisfies(h -> {
            assertThat(h.fromStatus()).isEqualTo(OrganizationStatus.ACTIVE);
            assertThat(h.toStatus()).isEqualTo(OrganizationStatus.REVOKED);
            assertThat(h.applicationId()).isEqualTo(complaint.caseId);
            assertThat(h.changedBy()).isEqualTo(DIRECTOR.id());
        });
        // the registry record's new state is sealed in the case's own trail, so reconciliation still holds
        assertThat(auditLog.caseTrail(complaint.caseId))
                .anyMatch(e -> "registry.status-changed".equals(e.fields().get("kind")));
        assertThat(auditLog.reconcile().mismatches()).extracting(ReconciliationReport.Mismatch::ref)
                .doesNotContain("registry:" + org.creditCode());
        // a second revocation of the same organization is refused at the director's decision, changing nothing
        ComplaintRow again = openCase(registry.getByCreditCode(org.creditCode()));
        ProcessInstance pi = caseInstance(again);
        complete(inbox, ENFORCER, pi.getId(), "UserTask_InvestigateCase", "PROPOSE", "再次查实",
                proposal(EnforcementOutcome.CERTIFICATE_REVOCATION, null));
        assertThatThrownBy(() -> complete(inbox, DIRECTOR, pi.getId(), "UserTask_DecideOutcome", "APPROVE", null,
                Map.of())).isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.code()).isEqualTo("ORGANIZATION_NOT_ACTIVE"));
        assertThat(pi).isWaitingAt("UserTask_DecideOutcome");
    }

    @Test
    void a_second_warning_within_three_years_adds_the_serious_dishonesty_list_and_one_after_three_years_does_not() {
        Organization org = ComplaintScenario.organization(registry);
        decide(openCase(org), EnforcementOutcome.WARNING, null);
        ClockUtil.setCurrentTime(Date.from(OPENED.plusSeconds(400L * 24 * 3600)));
        decide(openCase(org), EnforcementOutcome.FINE, "1000");
        assertThat(proposedFor(org.creditCode())).extracting(ListingProposed::list, ListingProposed::reasonCode)
                .containsExactly(
                        tuple(CreditList.ABNORMAL_ACTIVITY, ListingReasons.WARNING_OR_SMALL_FINE),
                        tuple(CreditList.ABNORMAL_ACTIVITY, ListingReasons.WARNING_OR_SMALL_FINE),
                        tuple(CreditList.SERIOUS_DISHONESTY, ListingReasons.REPEATED_WARNINGS));

        Organization other = ComplaintScenario.organization(registry);
        ClockUtil.setCurrentTime(Date.from(OPENED));
        decide(openCase(other), EnforcementOutcome.WARNING, null);
        ClockUtil.setCurrentTime(Date.from(OPENED.plusSeconds((3L * 365 + 2) * 24 * 3600)));
        decide(openCase(other), EnforcementOutcome.WARNING, null);
        assertThat(proposedFor(other.creditCode())).extracting(ListingProposed::reasonCode)
                .containsExactly(ListingReasons.WARNING_OR_SMALL_FINE, ListingReasons.WARNING_OR_SMALL_FINE);
    }

    @Test
    void the_director_returns_a_proposal_for_further_investigation() {
        Organization org = ComplaintScenario.organization(registry);
        ComplaintRow complaint = openCase(org);
        ProcessInstance pi = caseInstance(complaint);
        complete(inbox, ENFORCER, pi.getId(), "UserTask_InvestigateCase", "PROPOSE", "初步查实",
                proposal(EnforcementOutcome.WARNING, null));
        assertThat(complaints.getCase(DIRECTOR, complaint.caseId).status())
                .isEqualTo(EnforcementCaseStatus.AWAITING_DECISION);
        complete(inbox, DIRECTOR, pi.getId(), "UserTask_DecideOutcome", "RETURN", "募捐金额未查清", Map.of());
        assertThat(pi).hasPassed("Gateway_DecisionApproved").isWaitingAt("UserTask_InvestigateCase");
        assertThat(complaints.getCase(ENFORCER, complaint.caseId).status()).isEqualTo(EnforcementCaseStatus.INVESTIGATING);

        complete(inbox, ENFORCER, pi.getId(), "UserTask_InvestigateCase", "PROPOSE", "查实募捐12万元",
                proposal(EnforcementOutcome.FINE, "80000"));
        complete(inbox, DIRECTOR, pi.getId(), "UserTask_DecideOutcome", "APPROVE", null, Map.of());
        assertThat(pi).hasPassed("EndEvent_PenaltyImposed").isEnded();
        assertThat(proposedFor(org.creditCode())).extracting(ListingProposed::reasonCode)
                .containsExactly(ListingReasons.LARGE_FINE);
    }

    @Test
    void refuses_incomplete_proposals_naming_the_field_and_keeps_the_case_where_it_was() {
        Organization org = ComplaintScenario.organization(registry);
        ProcessInstance pi = caseInstance(openCase(org));
        Map<String, Object> noAmount = proposal(EnforcementOutcome.FINE, null);
        Map<String, Object> noBasis = proposal(EnforcementOutcome.WARNING, null);
        noBasis.remove("legalBasis");
        Map<String, Object> unknown = Map.of("proposedOutcome", "BANISHMENT");
        Map<String, Object> amountWithoutFine = proposal(EnforcementOutcome.WARNING, "100");
        for (var c : List.of(Map.entry(noAmount, "data.fineAmount"), Map.entry(noBasis, "data.legalBasis"),
                Map.entry(unknown, "data.proposedOutcome"), Map.entry(amountWithoutFine, "data.fineAmount"))) {
            assertThatThrownBy(() -> complete(inbox, ENFORCER, pi.getId(), "UserTask_InvestigateCase", "PROPOSE",
                    "查实", c.getKey())).isInstanceOfSatisfying(PlatformException.class, e -> {
                        assertThat(e.kind()).isEqualTo(PlatformException.Kind.INVALID_INPUT);
                        assertThat(e.details()).containsEntry("field", c.getValue());
                    });
        }
        assertThat(pi).isWaitingAt("UserTask_InvestigateCase");
    }

    @Test
    void refuses_a_penalty_on_an_organization_the_registry_does_not_know() {
        ComplaintRow filed = ComplaintScenario.file(complaints, mapper, new ComplaintRequest(null, "某某非法协会",
                ComplaintCategory.UNREGISTERED_ACTIVITY, "以协会名义收取会费颁发证书。", true, null));
        complete(inbox, ENFORCER, filed.processInstanceId, "UserTask_TriageComplaint", "OPEN_CASE", null, Map.of());
        ProcessInstance pi = caseInstance(mapper.findComplaint(filed.id).orElseThrow());
        assertThatThrownBy(() -> complete(inbox, ENFORCER, pi.getId(), "UserTask_InvestigateCase", "PROPOSE", "查实",
                proposal(EnforcementOutcome.WARNING, null))).isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.code()).isEqualTo("ORGANIZATION_NOT_REGISTERED"));
        complete(inbox, ENFORCER, pi.getId(), "UserTask_InvestigateCase", "PROPOSE", "系非法社会组织，移交取缔",
                proposal(EnforcementOutcome.DISMISSAL, null));
        complete(inbox, DIRECTOR, pi.getId(), "UserTask_DecideOutcome", "APPROVE", null, Map.of());
        assertThat(pi).hasPassed("EndEvent_ClosedWithoutPenalty").isEnded();
    }

    @Test
    void reminds_before_the_investigation_limit_and_escalates_when_it_passes() {
        Organization org = ComplaintScenario.organization(registry);
        ProcessInstance pi = caseInstance(openCase(org));
        Job reminder = timer(pi, "BoundaryEvent_InvestigationReminder");
        Job overdue = timer(pi, "BoundaryEvent_InvestigationOverdue");
        assertThat(reminder.getDuedate()).isBefore(overdue.getDuedate());
        // 60 working days from 2 March 2026 run past the Qingming, Labour Day and Dragon Boat holidays
        assertThat(LocalDate.ofInstant(overdue.getDuedate().toInstant(), ZONE)).isAfter(LocalDate.of(2026, 5, 25));

        ClockUtil.setCurrentTime(new Date(reminder.getDuedate().getTime() + 60_000));
        management.executeJob(reminder.getId());
        assertThat(pi).hasPassed("ServiceTask_SendInvestigationReminder", "EndEvent_InvestigationReminderSent");
        ClockUtil.setCurrentTime(new Date(overdue.getDuedate().getTime() + 60_000));
        management.executeJob(overdue.getId());
        assertThat(pi).isWaitingAt("UserTask_InvestigateCase", "UserTask_SuperviseOverdueInvestigation");
        complete(inbox, SUPERVISOR, pi.getId(), "UserTask_SuperviseOverdueInvestigation", "ACKNOWLEDGE", "限期办结",
                Map.of());
        assertThat(pi).hasPassed("EndEvent_InvestigationSupervised").isWaitingAt("UserTask_InvestigateCase");
    }

    private Job timer(ProcessInstance pi, String activityId) {
        return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).timers()
                .singleResult();
    }
}

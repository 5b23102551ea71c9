package org.socorg.platform.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.socorg.platform.credit.CreditScenario.ENFORCER;
import static org.socorg.platform.credit.CreditScenario.HOLDER;
import static org.socorg.platform.credit.CreditScenario.OFFICIAL;
import static org.socorg.platform.credit.CreditScenario.SUPERVISOR;
import static org.socorg.platform.registration.RegistrationScenario.complete;

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
import org.socorg.platform.calendar.ClockState;
import org.socorg.platform.calendar.StatutoryClock;
import org.socorg.platform.calendar.StatutoryClocks;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;

/**
 * One test per path of credit-listing.bpmn on the real engine and services (H2). Time is the engine's clock, set
 * to Monday 2026-09-07 10:00 (Beijing) so deadlines and the 2-year period are predictable.
 */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class CreditListingProcessTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    @Autowired ProcessEngine engine;
    @Autowired CreditSanction credit;
    @Autowired CreditStanding standing;
    @Autowired OrganizationRegistry registry;
    @Autowired TaskInbox inbox;
    @Autowired StatutoryClocks clocks;
    @Autowired ManagementService management;
    @Autowired ApplicationEventPublisher events;

    Organization org;

    @BeforeEach
    void setUp() {
        init(engine);
        setClock(MONDAY.atTime(10, 0));
        org = CreditScenario.register(registry);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static void setClock(java.time.LocalDateTime at) {
        ClockUtil.setCurrentTime(Date.from(at.atZone(ZONE).toInstant()));
    }

    private CreditCase propose(String reasonCode) {
        return credit.propose(ENFORCER, new ListingProposal(org.creditCode(), reasonCode, "测试事实", null, null));
    }

    private ProcessInstance instance(CreditCase c) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(c.processInstanceId())
                .singleResult();
    }

    private CreditCase listed(String reasonCode) {
        CreditCase c = propose(reasonCode);
        complete(inbox, ENFORCER, c.processInstanceId(), "UserTask_ConfirmListing", "CONFIRM", null);
        return credit.get(ENFORCER, c.id());
    }

    private Job periodTimer(CreditCase c) {
        return management.createJobQuery().processInstanceId(c.processInstanceId()).timers()
                .activityId("IntermediateTimer_PeriodEnded").singleResult();
    }

    private List<String> noticeKinds() {
        return credit.notices(HOLDER, org.creditCode()).stream().map(CreditNotice::kind).toList();
    }

    @Test
    void lists_the_organization_when_an_official_confirms_and_tells_it_so() {
        CreditCase proposed = propose(ListingReasons.UNREACHABLE_AT_ADDRESS);
        ProcessInstance pi = instance(proposed);
        assertThat(pi).isWaitingAt("UserTask_ConfirmListing");
        assertThat(proposed.status()).isEqualTo(CreditCaseStatus.PROPOSED);
        assertThat(proposed.list()).isEqualTo(CreditList.ABNORMAL_ACTIVITY);
        assertThat(proposed.legalBasis()).contains("第十条第（六）项");
        assertThat(proposed.reason()).startsWith("通过登记的住所无法与社会组织取得联系").endsWith("测试事实");
        assertThat(proposed.removalByApplication()).isTrue();
        assertThat(standing.isListed(org.creditCode(), CreditList.ABNORMAL_ACTIVITY)).isFalse();

        complete(inbox, ENFORCER, pi.getId(), "UserTask_ConfirmListing", "CONFIRM", null);

        assertThat(pi).hasPassedInOrder("UserTask_ConfirmListing", "Gateway_ListingConfirmed",
                "ServiceTask_EnterListing").isWaitingAt("Gateway_AwaitPeriodEnd");
        CreditCase entered = credit.get(ENFORCER, proposed.id());
        assertThat(entered.status()).isEqualTo(CreditCaseStatus.LISTED);
        assertThat(entered.decidedBy()).isEqualTo(ENFORCER.id());
        assertThat(standing.listingsInForce(org.creditCode())).singleElement().satisfies(l -> {
            assertThat(l.id()).isEqualTo(entered.listingId());
            assertThat(l.list()).isEqualTo(CreditList.ABNORMAL_ACTIVITY);
            assertThat(l.listedOn()).isEqualTo(MONDAY);
            assertThat(l.listedBy()).isEqualTo(ENFORCER.id());
            assertThat(l.legalBasis()).contains("民政部令第60号");
        });
        assertThat(noticeKinds()).containsExactly("LISTED");
        assertThat(credit.history(org.creditCode()).abnormalActivity()).isTrue();
        assertThat(clocks.find(pi.getId(), "credit-listing-entry").orElseThrow().state())
                .isEqualTo(ClockState.STOPPED);
        // the 2-year period ends at 00:00 on the same day two years later
        assertThat(periodTimer(entered).getDuedate().toInstant())
                .isEqualTo(MONDAY.plusYears(2).atStartOfDay(ZONE).toInstant());
    }

    @Test
    void does_not_list_when_the_official_rejects_the_proposal() {
        CreditCase proposed = propose(ListingReasons.WARNING_OR_SMALL_FINE);
        ProcessInstance pi = instance(proposed);
        assertThatThrownBy(() -> complete(inbox, ENFORCER, pi.getId(), "UserTask_ConfirmListing", "REJECT", null))
                .isInstanceOf(PlatformException.class).hasMessageContaining("COMMENT_REQUIRED");

        complete(inbox, ENFORCER, pi.getId(), "UserTask_ConfirmListing", "REJECT", "处罚决定已被复议撤销");

        assertThat(pi).hasPassedInOrder("Gateway_ListingConfirmed", "ServiceTask_RecordRejection",
                "EndEvent_ProposalRejected").hasNotPassed("ServiceTask_EnterListing").isEnded();
        CreditCase rejected = credit.get(ENFORCER, proposed.id());
        assertThat(rejected.status()).isEqualTo(CreditCaseStatus.REJECTED);
        assertThat(rejected.decisionComment()).isEqualTo("处罚决定已被复议撤销");
        assertThat(standing.history(org.creditCode())).isEmpty();
        assertThat(noticeKinds()).isEmpty();
    }

    @Test
    void an_upheld_objection_removes_a_listing_made_in_error() {
        CreditCase c = listed(ListingReasons.UNREACHABLE_AT_ADDRESS);
        CreditRequest objection = credit.object(HOLDER, c.listingId(), new RequestStatement("住所一直有人值守，挂号信地址写错"));
        assertThat(objection.status()).isEqualTo(CreditRequestStatus.PENDING);
        ProcessInstance pi = instance(c);
        assertThat(pi).isWaitingAt("UserTask_ReviewObjection", "Gateway_AwaitPeriodEnd");
        assertThatThrownBy(() -> credit.object(HOLDER, c.listingId(), new RequestStatement("再次异议")))
                .isInstanceOf(PlatformException.class).hasMessageContaining("OBJECTION_PENDING");

        complete(inbox, OFFICIAL, pi.getId(), "UserTask_ReviewObjection", "UPHOLD_REMOVE", "挂号信地址有误，列入错误");

        assertThat(pi).hasPassedInOrder("UserTask_ReviewObjection", "Gateway_ObjectionUpheld",
                "ServiceTask_RemoveOnObjection", "EndEvent_RemovedOnObjection").isEnded();
        assertThat(standing.listingsInForce(org.creditCode())).isEmpty();
        assertThat(standing.history(org.creditCode())).singleElement().satisfies(l -> {
            assertThat(l.removedOn()).isEqualTo(MONDAY);
            assertThat(l.removedBy()).isEqualTo(OFFICIAL.id());
            assertThat(l.removalReason()).contains("异议成立", "挂号信地址有误");
        });
        assertThat(credit.requests(HOLDER, c.id())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(CreditRequestStatus.GRANTED));
        assertThat(credit.get(HOLDER, c.id()).status()).isEqualTo(CreditCaseStatus.REMOVED);
        assertThat(noticeKinds()).containsExactly("REMOVED", "LISTED");
    }

    @Test
    void an_upheld_objection_can_correct_the_reason_and_keep_the_listing() {
        CreditCase c = listed(ListingReasons.WARNING_OR_SMALL_FINE);
        credit.object(HOLDER, c.listingId(), new RequestStatement("罚款金额记载有误"));
        ProcessInstance pi = instance(c);
        assertThatThrownBy(() -> complete(inbox, OFFICIAL, pi.getId(), "UserTask_ReviewObjection", "UPHOLD_CORRECT",
                "金额更正")).isInstanceOf(PlatformException.class).hasMessageContaining("CORRECTED_REASON_REQUIRED");

        complete(inbox, OFFICIAL, pi.getId(), "UserTask_ReviewObjection", new TaskDecision("UPHOLD_CORRECT",
                "金额更正", Map.of("reason", "受到罚款2万元处罚（京民罚字〔2026〕12号）")));

        assertThat(pi).hasPassedInOrder("Gateway_ObjectionUpheld", "ServiceTask_CorrectListing",
                "EndEvent_ListingCorrected").isWaitingAt("Gateway_AwaitPeriodEnd");
        assertThat(standing.listingsInForce(org.creditCode())).singleElement()
                .satisfies(l -> assertThat(l.reason()).isEqualTo("受到罚款2万元处罚（京民罚字〔2026〕12号）"));
        assertThat(noticeKinds()).containsExactly("CORRECTED", "LISTED");
    }

    @Test
    void a_rejected_objection_leaves_the_listing_in_force() {
        CreditCase c = listed(ListingReasons.RECTIFICATION_NOT_DONE);
        credit.object(HOLDER, c.listingId(), new RequestStatement("已经整改"));
        ProcessInstance pi = instance(c);

        complete(inbox, OFFICIAL, pi.getId(), "UserTask_ReviewObjection", "REJECT", "整改报告提交时已超过期限");

        assertThat(pi).hasPassedInOrder("Gateway_ObjectionUpheld", "ServiceTask_RecordObjectionRejected",
                "EndEvent_ObjectionRejected").isWaitingAt("Gateway_AwaitPeriodEnd");
        assertThat(standing.isListed(org.creditCode(), CreditList.ABNORMAL_ACTIVITY)).isTrue();
        assertThat(credit.requests(OFFICIAL, c.id())).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(CreditRequestStatus.REFUSED);
            assertThat(r.decidedBy()).isEqualTo(OFFICIAL.id());
        });
        assertThat(noticeKinds()).containsExactly("OBJECTION_REJECTED", "LISTED");
    }

    @Test
    void removes_the_listing_on_application_once_an_official_confirms_compliance() {
        CreditCase c = listed(ListingReasons.UNREACHABLE_AT_ADDRESS);
        setClock(MONDAY.plusDays(30).atTime(9, 0));
        credit.applyForRemoval(HOLDER, c.listingId(), new RequestStatement("已变更住所并可正常联系"));
        ProcessInstance pi = instance(c);
        assertThat(pi).isWaitingAt("UserTask_ReviewRemoval", "Gateway_AwaitPeriodEnd");

        complete(inbox, OFFICIAL, pi.getId(), "UserTask_ReviewRemoval", "REMOVE", null);

        assertThat(pi).hasPassedInOrder("UserTask_ReviewRemoval", "Gateway_RemovalConfirmed",
                "ServiceTask_RemoveOnApplication", "EndEvent_RemovedOnApplication").isEnded();
        assertThat(standing.history(org.creditCode())).singleElement().satisfies(l -> {
            assertThat(l.removedOn()).isEqualTo(MONDAY.plusDays(30));
            assertThat(l.removedBy()).isEqualTo(OFFICIAL.id());
            assertThat(l.removalReason()).contains("依申请移出");
        });
        assertThat(credit.history(org.creditCode()).abnormalActivity()).isFalse();
    }

    @Test
    void a_refused_removal_application_leaves_the_listing_and_another_may_follow() {
        CreditCase c = listed(ListingReasons.UNREACHABLE_AT_ADDRESS);
        credit.applyForRemoval(HOLDER, c.listingId(), new RequestStatement("已可联系"));
        ProcessInstance pi = instance(c);

        complete(inbox, OFFICIAL, pi.getId(), "UserTask_ReviewRemoval", "REFUSE", "实地核查仍无法联系");

        assertThat(pi).hasPassedInOrder("Gateway_RemovalConfirmed", "ServiceTask_RecordRemovalRefused",
                "EndEvent_RemovalRefused").isWaitingAt("Gateway_AwaitPeriodEnd");
        assertThat(standing.isListed(org.creditCode(), CreditList.ABNORMAL_ACTIVITY)).isTrue();
        assertThat(noticeKinds()).containsExactly("REMOVAL_REFUSED", "LISTED");
        credit.applyForRemoval(HOLDER, c.listingId(), new RequestStatement("已迁入新住所"));
        assertThat(pi).isWaitingAt("UserTask_ReviewRemoval");
    }

    @Test
    void removes_the_listing_when_another_flow_clears_its_cause() {
        events.publishEvent(new ListingProposed(org.creditCode(), CreditList.ABNORMAL_ACTIVITY,
                ListingReasons.ANNUAL_REPORT_NOT_FILED, "2025年度工作报告未按时报送", null, "110000", "annual-report",
                "ar-2025"));
        // the same proposal again (a retried job) opens nothing new
        events.publishEvent(new ListingProposed(org.creditCode(), CreditList.ABNORMAL_ACTIVITY,
                ListingReasons.ANNUAL_REPORT_NOT_FILED, "2025年度工作报告未按时报送", null, "110000", "annual-report",
                "ar-2025"));
        List<ProcessInstance> started = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("credit-listing").variableValueEquals("creditCode", org.creditCode()).list();
        assertThat(started).hasSize(1);
        ProcessInstance pi = started.get(0);
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_ConfirmListing", "CONFIRM", null);
        assertThat(standing.isListed(org.creditCode(), CreditList.ABNORMAL_ACTIVITY)).isTrue();

        events.publishEvent(new ListingCauseCleared(org.creditCode(), CreditList.ABNORMAL_ACTIVITY,
                ListingReasons.ANNUAL_REPORT_NOT_FILED, "2025年度工作报告已补报并通过审查", "annual-report", "ar-2025"));

        assertThat(pi).hasPassedInOrder("BoundaryEvent_CauseCleared", "ServiceTask_RemoveOnCauseCleared",
                "EndEvent_RemovedCauseCleared").isEnded();
        assertThat(standing.history(org.creditCode())).singleElement().satisfies(l -> {
            assertThat(l.inForce()).isFalse();
            assertThat(l.removedBy()).isEqualTo("annual-report:ar-2025");
            assertThat(l.removalReason()).contains("已补报并通过审查");
            assertThat(l.source()).isEqualTo("annual-report");
        });
    }

    @Test
    void withdraws_a_proposal_whose_cause_is_cleared_before_anyone_confirms_it() {
        events.publishEvent(new ListingProposed(org.creditCode(), CreditList.ABNORMAL_ACTIVITY,
                ListingReasons.ANNUAL_REPORT_NOT_FILED, null, null, null, "annual-report", "ar-2025"));
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                .variableValueEquals("creditCode", org.creditCode()).singleResult();
        assertThat(pi).isWaitingAt("UserTask_ConfirmListing");

        events.publishEvent(new ListingCauseCleared(org.creditCode(), CreditList.ABNORMAL_ACTIVITY,
                ListingReasons.ANNUAL_REPORT_NOT_FILED, "已补报", "annual-report", "ar-2025"));

        assertThat(pi).hasPassedInOrder("BoundaryEvent_CauseClearedBeforeEntry", "ServiceTask_WithdrawProposal",
                "EndEvent_ProposalWithdrawn").isEnded();
        assertThat(standing.history(org.creditCode())).isEmpty();
    }

    @Test
    void reminds_and_then_escalates_to_the_supervisor_when_the_entry_limit_passes() {
        setClock(MONDAY.plusDays(3).atTime(10, 0));
        CreditCase c = credit.propose(ENFORCER, new ListingProposal(org.creditCode(),
                ListingReasons.UNREACHABLE_AT_ADDRESS, null, MONDAY, null));
        // 5 working days from the day the reason arose (Mon 09-07), not from the proposal: Mon 09-14.
        StatutoryClock clock = clocks.find(c.processInstanceId(), "credit-listing-entry").orElseThrow();
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(clock.reminderAt()).isEqualTo(LocalDate.of(2026, 9, 11).atTime(9, 0).atZone(ZONE).toInstant());
        ProcessInstance pi = instance(c);

        Job reminder = management.createJobQuery().processInstanceId(pi.getId())
                .activityId("BoundaryEvent_EntryReminder").singleResult();
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(clock.reminderAt());
        ClockUtil.setCurrentTime(Date.from(clock.reminderAt()));
        management.executeJob(reminder.getId());
        assertThat(pi).hasPassedInOrder("BoundaryEvent_EntryReminder", "ServiceTask_SendEntryReminder",
                "EndEvent_EntryReminderSent").isWaitingAt("UserTask_ConfirmListing");

        Job overdue = management.createJobQuery().processInstanceId(pi.getId())
                .activityId("BoundaryEvent_EntryOverdue").singleResult();
        assertThat(overdue.getDuedate().toInstant()).isEqualTo(clock.dueAt());
        ClockUtil.setCurrentTime(Date.from(clock.dueAt()));
        management.executeJob(overdue.getId());
        assertThat(pi).isWaitingAt("UserTask_ConfirmListing", "UserTask_SuperviseOverdueListing");
        complete(inbox, SUPERVISOR, pi.getId(), "UserTask_SuperviseOverdueListing", "ACKNOWLEDGE", "已督促当日办结");
        assertThat(pi).hasPassed("EndEvent_OverdueSupervised").isWaitingAt("UserTask_ConfirmListing");
    }

    @Test
    void moves_an_abnormal_listing_to_the_serious_dishonesty_list_after_two_years() {
        CreditCase abnormal = listed(ListingReasons.ANNUAL_REPORT_NOT_FILED);
        Job timer = periodTimer(abnormal);
        Instant twoYears = MONDAY.plusYears(2).atStartOfDay(ZONE).toInstant();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(twoYears);

        ProcessInstance pi = instance(abnormal);
        ClockUtil.setCurrentTime(Date.from(twoYears));
        management.executeJob(timer.getId());

        assertThat(pi).hasPassedInOrder("IntermediateTimer_PeriodEnded", "Gateway_Escalates",
                "EndEvent_PeriodEnded", "ServiceTask_EscalateListing", "EndEvent_Escalated").isEnded();
        assertThat(credit.get(ENFORCER, abnormal.id()).status()).isEqualTo(CreditCaseStatus.ESCALATED);
        List<CreditListing> inForce = standing.listingsInForce(org.creditCode());
        assertThat(inForce).singleElement().satisfies(l -> {
            assertThat(l.list()).isEqualTo(CreditList.SERIOUS_DISHONESTY);
            assertThat(l.reasonCode()).isEqualTo(ListingReasons.ABNORMAL_FOR_TWO_YEARS);
            assertThat(l.listedOn()).isEqualTo(MONDAY.plusYears(2));
            assertThat(l.listedBy()).isEqualTo("system");
            assertThat(l.sourceReference()).isEqualTo(abnormal.id());
        });
        assertThat(standing.isSeriouslyDishonest(org.creditCode())).isTrue();
        assertThat(standing.history(org.creditCode())).filteredOn(l -> l.list() == CreditList.ABNORMAL_ACTIVITY)
                .singleElement().satisfies(l -> assertThat(l.removalReason()).contains("满2年"));
        // the serious listing has a case of its own, entered without confirmation, waiting out its period
        ProcessInstance serious = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("credit-listing").variableValueEquals("creditCode", org.creditCode())
                .active().singleResult();
        assertThat(serious).hasPassed("Gateway_ConfirmationNeeded", "ServiceTask_EnterListing")
                .hasNotPassed("UserTask_ConfirmListing").isWaitingAt("Gateway_AwaitPeriodEnd");
        assertThat(noticeKinds()).contains("ESCALATED", "LISTED");
    }

    @Test
    void a_new_listing_reason_restarts_the_two_year_period() {
        CreditCase first = listed(ListingReasons.ANNUAL_REPORT_NOT_FILED);
        Job before = periodTimer(first);

        LocalDate later = LocalDate.of(2027, 6, 1);
        setClock(later.atTime(10, 0));
        listed(ListingReasons.UNREACHABLE_AT_ADDRESS);

        assertThat(instance(first)).hasPassed("IntermediateCatch_NewReason")
                .isWaitingAt("Gateway_AwaitPeriodEnd");
        Job after = periodTimer(first);
        assertThat(after.getId()).isNotEqualTo(before.getId());
        assertThat(after.getDuedate().toInstant()).isEqualTo(later.plusYears(2).atStartOfDay(ZONE).toInstant());
        // two years after the first listing nothing escalates
        setClock(MONDAY.plusYears(2).atTime(1, 0));
        assertThat(management.createJobQuery().processInstanceId(first.processInstanceId()).timers().executable()
                .count()).isZero();
        assertThat(standing.isSeriouslyDishonest(org.creditCode())).isFalse();
    }

    @Test
    void a_serious_dishonesty_listing_is_removable_on_application_only_after_two_years_without_new_reasons() {
        CreditCase serious = listed(ListingReasons.LARGE_FINE);
        assertThat(serious.list()).isEqualTo(CreditList.SERIOUS_DISHONESTY);
        assertThatThrownBy(() -> credit.applyForRemoval(HOLDER, serious.listingId(), new RequestStatement("已缴纳罚款")))
                .isInstanceOf(PlatformException.class).hasMessageContaining("REMOVAL_PERIOD_NOT_OVER");

        Job timer = periodTimer(serious);
        ClockUtil.setCurrentTime(timer.getDuedate());
        management.executeJob(timer.getId());
        ProcessInstance pi = instance(serious);
        assertThat(pi).hasPassedInOrder("IntermediateTimer_PeriodEnded", "Gateway_Escalates",
                "ServiceTask_NoticeRemovalPossible").isWaitingAt("IntermediateCatch_NewReasonAfterPeriod");
        assertThat(noticeKinds()).containsExactly("REMOVAL_POSSIBLE", "LISTED");

        credit.applyForRemoval(HOLDER, serious.listingId(), new RequestStatement("两年内无新的违法失信行为，罚款已缴清"));
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_ReviewRemoval", "REMOVE", "核实无新的列入理由");
        assertThat(pi).hasPassed("EndEvent_RemovedOnApplication").isEnded();
        assertThat(standing.isSeriouslyDishonest(org.creditCode())).isFalse();
    }

    @Test
    void a_listing_whose_reason_is_not_removed_on_application_refuses_applications() {
        CreditCase revoked = listed(ListingReasons.CERTIFICATE_REVOKED);
        assertThatThrownBy(() -> credit.applyForRemoval(HOLDER, revoked.listingId(), new RequestStatement("申请移出")))
                .isInstanceOf(PlatformException.class).hasMessageContaining("REMOVAL_NOT_BY_APPLICATION");
        assertThat(instance(revoked)).isWaitingAt("Gateway_AwaitPeriodEnd");
        assertThat(credit.requests(HOLDER, revoked.id())).isEmpty();
    }
}

package org.socorg.platform.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.socorg.platform.registration.RegistrationScenario.APPLICANT;
import static org.socorg.platform.registration.RegistrationScenario.OTHER_APPLICANT;
import static org.socorg.platform.registration.RegistrationScenario.DIRECTOR;
import static org.socorg.platform.registration.RegistrationScenario.OFFICIAL;
import static org.socorg.platform.registration.RegistrationScenario.SUPERVISOR;
import static org.socorg.platform.registration.RegistrationScenario.complete;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.socorg.platform.organization.CreditCode;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskInbox;
import org.socorg.platform.support.AcceptanceReminder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * One test per path of registration-establishment.bpmn, on the real engine and services (H2), asserting the
 * path taken. Time is the engine's clock, set to a known working day so deadlines are predictable.
 */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class EstablishmentProcessTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Monday 2026-09-07, 10:00: the 60 days from here cross the Mid-Autumn and National Day holidays. */
    static final Instant SUBMITTED = LocalDate.of(2026, 9, 7).atTime(10, 0).atZone(ZONE).toInstant();

    @Autowired ProcessEngine engine;
    @Autowired RegistrationService registrations;
    @Autowired TaskInbox inbox;
    @Autowired OrganizationRegistry registry;
    @Autowired StatutoryClocks clocks;
    @Autowired ManagementService management;

    @BeforeEach
    void setUp() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(SUBMITTED));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private static String unique(String base) {
        return base.replace("基金会", "") + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "基金会";
    }

    private ProcessInstance submitFoundation(String name) {
        RegistrationApplication app = registrations.submitEstablishment(APPLICANT, RegistrationScenario.foundation(name));
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(app.processInstanceId()).singleResult();
    }

    private String applicationId(ProcessInstance pi) {
        return pi.getBusinessKey();
    }

    @Test
    void approves_a_foundation_and_registers_it_with_a_valid_code() {
        String name = unique("北京市青禾助学基金会");
        ProcessInstance pi = submitFoundation(name);
        assertThat(pi).isWaitingAt("UserTask_CheckDocuments");

        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "COMPLETE", null);
        assertThat(pi).hasPassedInOrder("UserTask_CheckDocuments", "EndEvent_DocumentsComplete",
                "ServiceTask_CheckRequirements").isWaitingAt("UserTask_ReviewApplication");
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_ReviewApplication", "RECOMMEND_APPROVAL", "符合条件");
        complete(inbox, DIRECTOR, pi.getId(), "UserTask_DecideRegistration", "APPROVE", null);

        assertThat(pi).hasPassedInOrder("UserTask_ReviewApplication", "UserTask_DecideRegistration",
                "ServiceTask_RegisterOrganization", "EndEvent_Registered").isEnded();
        RegistrationApplication app = registrations.get(APPLICANT, applicationId(pi));
        assertThat(app.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(CreditCode.check(app.creditCode()).valid()).isTrue();
        Organization org = registry.getByCreditCode(app.creditCode());
        assertThat(org.name()).isEqualTo(name);
        assertThat(org.status()).isEqualTo(OrganizationStatus.ACTIVE);
        assertThat(org.creditCode()).startsWith("53110000");
        assertThat(registry.isAccountHolder(org.creditCode(), APPLICANT.id())).as("the applicant acts for it").isTrue();
        assertThat(registry.isAccountHolder(org.creditCode(), OTHER_APPLICANT.id())).isFalse();
        assertThat(registry.heldBy(APPLICANT.id())).extracting(Organization::creditCode).contains(org.creditCode());
        assertThat(registry.heldBy(OTHER_APPLICANT.id())).extracting(Organization::creditCode)
                .doesNotContain(org.creditCode());
        assertThat(registry.statusHistory(org.id())).singleElement()
                .satisfies(h -> assertThat(h.toStatus()).isEqualTo(OrganizationStatus.ACTIVE));
        assertThat(clocks.forProcessInstance(pi.getId())).extracting(StatutoryClock::state)
                .containsOnly(ClockState.STOPPED);
    }

    @Test
    void approves_a_social_association_and_a_social_service_organization_with_their_category_codes() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        RegistrationApplication association = registrations.submitEstablishment(APPLICANT,
                RegistrationScenario.association("北京市青年科技工作者协会" + suffix, 50_000, 60));
        RegistrationApplication service = registrations.submitEstablishment(APPLICANT,
                RegistrationScenario.socialService("北京市夕阳红养老服务中心" + suffix));
        for (RegistrationApplication app : List.of(association, service)) {
            complete(inbox, OFFICIAL, app.processInstanceId(), "UserTask_CheckDocuments", "COMPLETE", null);
            complete(inbox, OFFICIAL, app.processInstanceId(), "UserTask_ReviewApplication", "RECOMMEND_APPROVAL", null);
            complete(inbox, DIRECTOR, app.processInstanceId(), "UserTask_DecideRegistration", "APPROVE", null);
        }
        // Position 2 of the code is the category: 1 social association, 2 social service organization.
        assertThat(registrations.get(APPLICANT, association.id()).creditCode()).startsWith("51110000");
        assertThat(registrations.get(APPLICANT, service.id()).creditCode()).startsWith("52110000");
    }

    @Test
    void refuses_when_the_director_refuses_and_gives_the_applicant_the_reasons() {
        ProcessInstance pi = submitFoundation(unique("北京市拒绝测试基金会"));
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "COMPLETE", null);
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_ReviewApplication", "RECOMMEND_REFUSAL", "发起人资质不足");
        complete(inbox, DIRECTOR, pi.getId(), "UserTask_DecideRegistration", "REFUSE", "发起人不具备完全民事行为能力");

        assertThat(pi).hasPassedInOrder("UserTask_DecideRegistration", "Gateway_Approved",
                "ServiceTask_RefuseRegistration", "EndEvent_Refused").hasNotPassed("ServiceTask_RegisterOrganization")
                .isEnded();
        RegistrationApplication app = registrations.get(APPLICANT, applicationId(pi));
        assertThat(app.status()).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(app.creditCode()).isNull();
        assertThat(app.outcomeReasons()).extracting(Reason::messageZh).containsExactly("发起人不具备完全民事行为能力");
    }

    @Test
    void refuses_without_review_when_the_rules_object() {
        RegistrationApplication app = registrations.submitEstablishment(APPLICANT,
                RegistrationScenario.association("北京市小资金研究会" + UUID.randomUUID().toString().substring(0, 4), 10_000, 80));
        String pid = app.processInstanceId();
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).singleResult();
        complete(inbox, OFFICIAL, pid, "UserTask_CheckDocuments", "COMPLETE", null);

        assertThat(pi).hasPassedInOrder("ServiceTask_CheckRequirements", "Gateway_RequirementsMet",
                "ServiceTask_RefuseRegistration", "EndEvent_Refused").isEnded();
        RegistrationApplication refused = registrations.get(APPLICANT, app.id());
        assertThat(refused.status()).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(refused.outcomeReasons()).extracting(Reason::code).containsExactly("FUNDS_BELOW_MINIMUM");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pid)
                .activityId("UserTask_ReviewApplication").count()).isZero();
    }

    @Test
    void refuses_a_name_already_active_in_the_jurisdiction() {
        String name = unique("北京市重名测试基金会");
        ProcessInstance first = submitFoundation(name);
        approveAll(first);
        ProcessInstance second = submitFoundation(name);
        complete(inbox, OFFICIAL, second.getId(), "UserTask_CheckDocuments", "COMPLETE", null);

        assertThat(second).hasPassed("ServiceTask_CheckRequirements", "ServiceTask_RefuseRegistration")
                .hasNotPassed("UserTask_ReviewApplication").isEnded();
        assertThat(registrations.get(APPLICANT, applicationId(second)).outcomeReasons()).extracting(Reason::code)
                .containsExactly("NAME_TAKEN");
    }

    @Test
    void refuses_at_approval_when_the_same_name_was_registered_meanwhile() {
        String name = unique("北京市并发测试基金会");
        ProcessInstance first = submitFoundation(name);
        ProcessInstance second = submitFoundation(name);
        for (ProcessInstance pi : List.of(first, second)) {
            complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "COMPLETE", null);
            complete(inbox, OFFICIAL, pi.getId(), "UserTask_ReviewApplication", "RECOMMEND_APPROVAL", null);
        }
        complete(inbox, DIRECTOR, first.getId(), "UserTask_DecideRegistration", "APPROVE", null);
        complete(inbox, DIRECTOR, second.getId(), "UserTask_DecideRegistration", "APPROVE", null);

        assertThat(second).hasPassedInOrder("ServiceTask_RegisterOrganization", "ServiceTask_RefuseRegistration",
                "EndEvent_Refused").isEnded();
        RegistrationApplication app = registrations.get(APPLICANT, applicationId(second));
        assertThat(app.status()).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(app.outcomeReasons()).extracting(Reason::code).containsExactly("NAME_TAKEN");
    }

    @Test
    void supplement_request_loops_back_and_stops_the_acceptance_clock_meanwhile() {
        ProcessInstance pi = submitFoundation(unique("北京市补正测试基金会"));
        StatutoryClock started = clocks.find(pi.getId(), "registration-acceptance").orElseThrow();
        // 5 working days after Mon 2026-09-07 is Mon 2026-09-14; the limit has passed at 00:00 on the 15th.
        assertThat(started.dueOn()).isEqualTo(LocalDate.of(2026, 9, 14));

        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "SUPPLEMENT", "请补充章程草案和验资报告");
        assertThat(pi).isWaitingAt("UserTask_ProvideSupplements");
        assertThat(registrations.get(APPLICANT, applicationId(pi)).status()).isEqualTo(ApplicationStatus.SUPPLEMENT_REQUESTED);
        StatutoryClock paused = clocks.find(pi.getId(), "registration-acceptance").orElseThrow();
        assertThat(paused.state()).isEqualTo(ClockState.PAUSED);
        // Paused on Mon the 7th: Tue 8 .. Mon 14 = 5 working days left.
        assertThat(paused.remainingDays()).isEqualTo(5);
        Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId("BoundaryEvent_AcceptanceOverdue").singleResult();
        assertThat(timer.isSuspended()).as("a paused clock's timer must not fire").isTrue();
        Job reminder = management.createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId("BoundaryEvent_AcceptanceReminder").singleResult();
        assertThat(reminder.isSuspended()).as("nor its reminder").isTrue();

        // The applicant answers a month later, on Thursday 2026-10-08 (after National Day).
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 10, 8).atTime(15, 0).atZone(ZONE).toInstant()));
        complete(inbox, APPLICANT, pi.getId(), "UserTask_ProvideSupplements",
                new TaskDecision("SUBMIT", "已补充", Map.of("supervisingUnit", "北京市教育委员会（补正）")));

        assertThat(pi).hasPassedInOrder("UserTask_CheckDocuments", "UserTask_ProvideSupplements")
                .isWaitingAt("UserTask_CheckDocuments");
        StatutoryClock resumed = clocks.find(pi.getId(), "registration-acceptance").orElseThrow();
        assertThat(resumed.state()).isEqualTo(ClockState.RUNNING);
        // 5 working days from Thu 10-08: Fri 9, Sat 10 (adjusted working day), Mon 12, Tue 13, Wed 14.
        assertThat(resumed.dueOn()).isEqualTo(LocalDate.of(2026, 10, 14));
        Job moved = management.createJobQuery().jobId(timer.getId()).singleResult();
        assertThat(moved.isSuspended()).isFalse();
        assertThat(moved.getDuedate().toInstant()).isEqualTo(resumed.dueAt());
        Job movedReminder = management.createJobQuery().jobId(reminder.getId()).singleResult();
        assertThat(movedReminder.isSuspended()).isFalse();
        // 1 working day before Wed 10-14: Tue 10-13, 09:00.
        assertThat(movedReminder.getDuedate().toInstant()).isEqualTo(resumed.reminderAt())
                .isEqualTo(LocalDate.of(2026, 10, 13).atTime(9, 0).atZone(ZONE).toInstant());
        RegistrationApplication app = registrations.get(APPLICANT, applicationId(pi));
        assertThat(app.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(app.details().supervisingUnit()).isEqualTo("北京市教育委员会（补正）");

        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "COMPLETE", null);
        assertThat(pi).isWaitingAt("UserTask_ReviewApplication");
    }

    @Test
    void refuses_invalid_supplements_and_keeps_waiting_for_valid_ones() {
        ProcessInstance pi = submitFoundation(unique("北京市补正校验基金会"));
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "SUPPLEMENT", "请补充验资报告");

        assertThatThrownBy(() -> complete(inbox, APPLICANT, pi.getId(), "UserTask_ProvideSupplements",
                new TaskDecision("SUBMIT", null, Map.of("activityFunds", -1))))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class)
                .hasMessageContaining("activityFunds");
        assertThatThrownBy(() -> complete(inbox, APPLICANT, pi.getId(), "UserTask_ProvideSupplements",
                new TaskDecision("SUBMIT", null, Map.of("nmae", "typo"))))
                .isInstanceOf(PlatformException.class).hasMessageContaining("MALFORMED_REQUEST");

        assertThat(pi).isWaitingAt("UserTask_ProvideSupplements");
        RegistrationApplication app = registrations.get(APPLICANT, applicationId(pi));
        assertThat(app.status()).isEqualTo(ApplicationStatus.SUPPLEMENT_REQUESTED);
        assertThat(app.details().activityFunds()).isEqualByComparingTo("4000000");
    }

    @Test
    void does_not_accept_when_the_official_says_so() {
        ProcessInstance pi = submitFoundation(unique("北京市不受理测试基金会"));
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "NOT_ACCEPTED", "不属于本机关登记管辖范围");

        assertThat(pi).hasPassedInOrder("EndEvent_NotAcceptable", "Gateway_Accepted",
                "ServiceTask_RecordNonAcceptance", "EndEvent_NotAccepted").isEnded();
        RegistrationApplication app = registrations.get(APPLICANT, applicationId(pi));
        assertThat(app.status()).isEqualTo(ApplicationStatus.NOT_ACCEPTED);
        assertThat(app.outcomeReasons()).extracting(Reason::messageZh).containsExactly("不属于本机关登记管辖范围");
    }

    @Test
    void reminds_the_officials_before_the_decision_deadline() {
        ProcessInstance pi = submitFoundation(unique("北京市提醒测试基金会"));
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "COMPLETE", null);
        StatutoryClock clock = clocks.find(pi.getId(), "registration-establishment").orElseThrow();
        // Accepted Mon 2026-09-07; the regulations' "60日" are calendar days (DayCount.CALENDAR_DAYS), holidays
        // included: Sep 23 + Oct 31 + Nov 6 = due Fri 2026-11-06 (60 working days would end on Fri 2026-12-04).
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(clock.dueAt()).isEqualTo(LocalDate.of(2026, 11, 7).atStartOfDay(ZONE).toInstant());
        // Reminder at 09:00 ten calendar days before the due date: Tue 2026-10-27.
        assertThat(clock.reminderAt()).isEqualTo(LocalDate.of(2026, 10, 27).atTime(9, 0).atZone(ZONE).toInstant());

        Job reminder = management.createJobQuery().processInstanceId(pi.getId())
                .activityId("BoundaryEvent_DeadlineReminder").singleResult();
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(clock.reminderAt());
        ClockUtil.setCurrentTime(Date.from(clock.reminderAt()));
        management.executeJob(reminder.getId());

        assertThat(pi).hasPassedInOrder("BoundaryEvent_DeadlineReminder", "ServiceTask_SendDeadlineReminder",
                "EndEvent_ReminderSent").isWaitingAt("UserTask_ReviewApplication");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "deadlineReminderSent")).isEqualTo(true);
    }

    @Test
    void escalates_to_the_supervisor_when_the_decision_deadline_passes() {
        ProcessInstance pi = submitFoundation(unique("北京市超期测试基金会"));
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "COMPLETE", null);
        StatutoryClock clock = clocks.find(pi.getId(), "registration-establishment").orElseThrow();
        Job overdue = management.createJobQuery().processInstanceId(pi.getId())
                .activityId("BoundaryEvent_DeadlinePassed").singleResult();
        assertThat(overdue.getDuedate().toInstant()).isEqualTo(clock.dueAt());

        ClockUtil.setCurrentTime(Date.from(clock.dueAt()));
        management.executeJob(overdue.getId());

        assertThat(pi).hasPassed("BoundaryEvent_DeadlinePassed")
                .isWaitingAt("UserTask_ReviewApplication", "UserTask_SuperviseOverdueCase");
        assertThatThrownBy(() -> complete(inbox, SUPERVISOR, pi.getId(), "UserTask_SuperviseOverdueCase", "ACKNOWLEDGE", null))
                .isInstanceOf(PlatformException.class).hasMessageContaining("COMMENT_REQUIRED");
        complete(inbox, SUPERVISOR, pi.getId(), "UserTask_SuperviseOverdueCase", "ACKNOWLEDGE", "已电话督促经办人本周内办结");
        assertThat(pi).hasPassed("UserTask_SuperviseOverdueCase", "EndEvent_Supervised")
                .isWaitingAt("UserTask_ReviewApplication");
    }

    private void approveAll(ProcessInstance pi) {
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "COMPLETE", null);
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_ReviewApplication", "RECOMMEND_APPROVAL", null);
        complete(inbox, DIRECTOR, pi.getId(), "UserTask_DecideRegistration", "APPROVE", null);
        assertThat(pi).isEnded();
    }

    @Test
    void reminds_the_officials_before_the_acceptance_limit() {
        ProcessInstance pi = submitFoundation(unique("北京市受理提醒测试基金会"));
        StatutoryClock clock = clocks.find(pi.getId(), "registration-acceptance").orElseThrow();
        // Filed Mon 2026-09-07: 5 working days end Mon 09-14; the reminder is 1 working day before, Fri 09-11 09:00.
        AcceptanceReminder.checkAndFire(management, pi.getId(), clock, LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 11));

        assertThat(pi).hasPassedInOrder("BoundaryEvent_AcceptanceReminder", "ServiceTask_SendDeadlineReminder",
                "EndEvent_ReminderSent").hasNotPassed("UserTask_SuperviseOverdueCase").isWaitingAt("UserTask_CheckDocuments");
    }

    @Test
    void escalates_to_the_supervisor_when_the_acceptance_limit_passes() {
        ProcessInstance pi = submitFoundation(unique("北京市受理超期测试基金会"));
        StatutoryClock clock = clocks.find(pi.getId(), "registration-acceptance").orElseThrow();
        Job overdue = management.createJobQuery().processInstanceId(pi.getId())
                .activityId("BoundaryEvent_AcceptanceOverdue").singleResult();
        assertThat(overdue.getDuedate().toInstant()).isEqualTo(clock.dueAt());
        ClockUtil.setCurrentTime(Date.from(clock.dueAt()));
        management.executeJob(overdue.getId());

        assertThat(pi).hasPassed("BoundaryEvent_AcceptanceOverdue")
                .isWaitingAt("UserTask_CheckDocuments", "UserTask_SuperviseOverdueCase");
        complete(inbox, SUPERVISOR, pi.getId(), "UserTask_SuperviseOverdueCase", "ACKNOWLEDGE", "已督促受理人员当日办结");
        assertThat(pi).hasPassed("UserTask_SuperviseOverdueCase", "EndEvent_Supervised")
                .isWaitingAt("UserTask_CheckDocuments");
    }
}

package org.socorg.platform.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.socorg.platform.registration.AmendmentScenario.deregistration;
import static org.socorg.platform.registration.AmendmentScenario.establishedFoundation;
import static org.socorg.platform.registration.RegistrationScenario.APPLICANT;
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
import org.socorg.platform.disclosure.PublicRecord;
import org.socorg.platform.disclosure.PublicRecordSource;
import org.socorg.platform.disclosure.PublicSections;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationQuery;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskInbox;
import org.socorg.platform.support.AcceptanceReminder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** One test per path of registration-deregistration.bpmn, on the real engine and services (H2). */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class DeregistrationProcessTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant FILED = LocalDate.of(2026, 9, 7).atTime(10, 0).atZone(ZONE).toInstant();

    @Autowired ProcessEngine engine;
    @Autowired RegistrationService registrations;
    @Autowired TaskInbox inbox;
    @Autowired OrganizationRegistry registry;
    @Autowired StatutoryClocks clocks;
    @Autowired ManagementService management;
    @Autowired List<PublicRecordSource> publicSources;

    Organization org;

    @BeforeEach
    void setUp() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(FILED));
        org = establishedFoundation(registrations, inbox, registry);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ProcessInstance file(DeregistrationRequest request) {
        RegistrationApplication app = registrations.submitDeregistration(APPLICANT, request);
        assertThat(app.kind()).isEqualTo(ApplicationKind.DEREGISTRATION);
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(app.processInstanceId())
                .singleResult();
    }

    private RegistrationApplication application(ProcessInstance pi) {
        return registrations.get(APPLICANT, pi.getBusinessKey());
    }

    @Test
    void approves_deregistration_ends_the_certificate_and_retires_the_code_which_stays_queryable() {
        ProcessInstance pi = file(deregistration(org.creditCode()));
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "COMPLETE", null);
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_ReviewApplication", "RECOMMEND_APPROVAL", "清算完毕");
        complete(inbox, DIRECTOR, pi.getId(), "UserTask_DecideDeregistration", "APPROVE", null);

        assertThat(pi).hasPassedInOrder("UserTask_CheckDocuments", "ServiceTask_CheckDeregistrationRequirements",
                "UserTask_ReviewApplication", "UserTask_DecideDeregistration", "ServiceTask_DeregisterOrganization",
                "EndEvent_Deregistered").isEnded();
        assertThat(application(pi).status()).isEqualTo(ApplicationStatus.APPROVED);
        Organization ended = registry.getByCreditCode(org.creditCode());
        assertThat(ended.status()).isEqualTo(OrganizationStatus.DEREGISTERED);
        assertThat(ended.certificateValidTo()).isBeforeOrEqualTo(LocalDate.now(ZONE));
        assertThat(registry.statusHistory(org.id())).last().satisfies(h -> {
            assertThat(h.fromStatus()).isEqualTo(OrganizationStatus.ACTIVE);
            assertThat(h.toStatus()).isEqualTo(OrganizationStatus.DEREGISTERED);
            assertThat(h.applicationId()).isEqualTo(pi.getBusinessKey());
        });
        // still found by code and by name, with its status
        assertThat(registry.search(new OrganizationQuery(org.creditCode(), null, null, null, 0, 20)))
                .singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(OrganizationStatus.DEREGISTERED));
        // nothing more can be filed for it
        assertThatThrownBy(() -> registrations.submitChange(APPLICANT,
                AmendmentScenario.newAddressAndRepresentative(org.creditCode())))
                .isInstanceOf(PlatformException.class).hasMessageContaining("ORGANIZATION_NOT_ACTIVE");
        assertThatThrownBy(() -> registrations.submitDeregistration(APPLICANT, deregistration(org.creditCode())))
                .isInstanceOf(PlatformException.class).hasMessageContaining("ORGANIZATION_NOT_ACTIVE");

        // the name may be registered again, and gets a new code: a retired code is never issued again
        Organization successor = AmendmentScenario.establishedFoundation(registrations, inbox, registry);
        RegistrationApplication again = registrations.submitEstablishment(APPLICANT,
                RegistrationScenario.foundation(org.name()));
        complete(inbox, OFFICIAL, again.processInstanceId(), "UserTask_CheckDocuments", "COMPLETE", null);
        complete(inbox, OFFICIAL, again.processInstanceId(), "UserTask_ReviewApplication", "RECOMMEND_APPROVAL", null);
        complete(inbox, DIRECTOR, again.processInstanceId(), "UserTask_DecideRegistration", "APPROVE", null);
        String newCode = registrations.get(APPLICANT, again.id()).creditCode();
        assertThat(newCode).isNotNull().isNotEqualTo(org.creditCode()).isNotEqualTo(successor.creditCode());
        assertThat(registry.getByCreditCode(org.creditCode()).status()).isEqualTo(OrganizationStatus.DEREGISTERED);

        PublicRecordSource notices = publicSources.stream()
                .filter(s -> PublicSections.REGISTRATION_NOTICES.equals(s.section())).findFirst().orElseThrow();
        assertThat(notices.publicRecords(org.creditCode())).extracting(PublicRecord::titleZh)
                .containsExactly("注销登记公告：" + org.name(), "成立登记公告：" + org.name());
        assertThat(notices.publicRecords(org.creditCode()).get(0).businessKey()).isEqualTo(pi.getBusinessKey());
        assertThat(notices.publicRecords("not a code")).isEmpty();
    }

    @Test
    void refuses_at_approval_when_the_organization_ended_meanwhile() {
        ProcessInstance pi = file(deregistration(org.creditCode()));
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "COMPLETE", null);
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_ReviewApplication", "RECOMMEND_APPROVAL", null);
        // meanwhile the registry ends the organization by another way (as a revocation would)
        registry.deregister(org.creditCode(), "另案处理", null, "system");

        complete(inbox, DIRECTOR, pi.getId(), "UserTask_DecideDeregistration", "APPROVE", null);
        assertThat(pi).hasPassedInOrder("ServiceTask_DeregisterOrganization", "ServiceTask_RecordRefusal",
                "EndEvent_Refused").hasNotPassed("EndEvent_Deregistered").isEnded();
        RegistrationApplication app = application(pi);
        assertThat(app.status()).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(app.outcomeReasons()).extracting(Reason::code).containsExactly("ORGANIZATION_NOT_ACTIVE");
        assertThat(registry.statusHistory(org.id())).hasSize(2);
    }

    @Test
    void refuses_when_the_director_refuses_and_gives_the_applicant_the_reasons() {
        ProcessInstance pi = file(deregistration(org.creditCode()));
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "COMPLETE", null);
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_ReviewApplication", "RECOMMEND_REFUSAL", "债务未清偿");
        complete(inbox, DIRECTOR, pi.getId(), "UserTask_DecideDeregistration", "REFUSE", "尚有未清偿的债务");

        assertThat(pi).hasPassedInOrder("UserTask_DecideDeregistration", "Gateway_Approved",
                "ServiceTask_RecordRefusal", "EndEvent_Refused").hasNotPassed("ServiceTask_DeregisterOrganization")
                .isEnded();
        RegistrationApplication app = application(pi);
        assertThat(app.status()).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(app.outcomeReasons()).extracting(Reason::messageZh).containsExactly("尚有未清偿的债务");
        assertThat(registry.getByCreditCode(org.creditCode()).status()).isEqualTo(OrganizationStatus.ACTIVE);
    }

    @Test
    void refuses_without_review_when_liquidation_is_not_complete() {
        ProcessInstance pi = file(new DeregistrationRequest(org.creditCode(), "自行解散", false,
                LocalDate.of(2026, 9, 30), false, "尚在清算", true));
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "COMPLETE", null);

        assertThat(pi).hasPassedInOrder("ServiceTask_CheckDeregistrationRequirements", "Gateway_RequirementsMet",
                "ServiceTask_RecordRefusal", "EndEvent_Refused").hasNotPassed("UserTask_ReviewApplication").isEnded();
        assertThat(application(pi).outcomeReasons()).extracting(Reason::code).containsExactlyInAnyOrder(
                "LIQUIDATION_NOT_COMPLETED", "LIQUIDATION_REPORT_NOT_CONFIRMED", "LIQUIDATION_DATE_IN_FUTURE");
        assertThat(registry.getByCreditCode(org.creditCode()).status()).isEqualTo(OrganizationStatus.ACTIVE);
    }

    @Test
    void supplement_request_loops_back_and_stops_the_acceptance_clock_meanwhile() {
        ProcessInstance pi = file(new DeregistrationRequest(org.creditCode(), "自行解散", true,
                LocalDate.of(2026, 8, 31), true, "剩余财产已捐赠", false));
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "SUPPLEMENT", "请补充业务主管单位同意注销的文件");
        assertThat(pi).isWaitingAt("UserTask_ProvideSupplements");
        assertThat(clocks.find(pi.getId(), "registration-acceptance").orElseThrow().state())
                .isEqualTo(ClockState.PAUSED);

        complete(inbox, APPLICANT, pi.getId(), "UserTask_ProvideSupplements",
                new TaskDecision("SUBMIT", "已取得同意", Map.of("supervisingUnitConsent", true)));
        assertThat(pi).hasPassedInOrder("UserTask_CheckDocuments", "UserTask_ProvideSupplements")
                .isWaitingAt("UserTask_CheckDocuments");
        assertThat(clocks.find(pi.getId(), "registration-acceptance").orElseThrow().state())
                .isEqualTo(ClockState.RUNNING);
        assertThat(application(pi).deregistration().supervisingUnitConsent()).isTrue();

        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "COMPLETE", null);
        assertThat(pi).hasPassed("ServiceTask_CheckDeregistrationRequirements").isWaitingAt("UserTask_ReviewApplication");
    }

    @Test
    void does_not_accept_when_the_official_says_so() {
        ProcessInstance pi = file(deregistration(org.creditCode()));
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "NOT_ACCEPTED", "未提交清算报告原件");

        assertThat(pi).hasPassedInOrder("EndEvent_NotAcceptable", "Gateway_Accepted",
                "ServiceTask_RecordNonAcceptance", "EndEvent_NotAccepted").isEnded();
        assertThat(application(pi).status()).isEqualTo(ApplicationStatus.NOT_ACCEPTED);
        assertThat(registry.getByCreditCode(org.creditCode()).status()).isEqualTo(OrganizationStatus.ACTIVE);
    }

    @Test
    void reminds_the_officials_before_the_deregistration_deadline() {
        ProcessInstance pi = file(deregistration(org.creditCode()));
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "COMPLETE", null);
        StatutoryClock clock = clocks.find(pi.getId(), "registration-deregistration").orElseThrow();
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2026, 10, 23));

        Job reminder = management.createJobQuery().processInstanceId(pi.getId())
                .activityId("BoundaryEvent_DeadlineReminder").singleResult();
        ClockUtil.setCurrentTime(Date.from(clock.reminderAt()));
        management.executeJob(reminder.getId());

        assertThat(pi).hasPassedInOrder("BoundaryEvent_DeadlineReminder", "ServiceTask_SendDeadlineReminder",
                "EndEvent_ReminderSent").isWaitingAt("UserTask_ReviewApplication");
    }

    @Test
    void escalates_to_the_supervisor_when_the_deregistration_deadline_passes() {
        ProcessInstance pi = file(deregistration(org.creditCode()));
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "COMPLETE", null);
        StatutoryClock clock = clocks.find(pi.getId(), "registration-deregistration").orElseThrow();
        Job overdue = management.createJobQuery().processInstanceId(pi.getId())
                .activityId("BoundaryEvent_DeadlinePassed").singleResult();
        ClockUtil.setCurrentTime(Date.from(clock.dueAt()));
        management.executeJob(overdue.getId());

        assertThat(pi).hasPassed("BoundaryEvent_DeadlinePassed")
                .isWaitingAt("UserTask_ReviewApplication", "UserTask_SuperviseOverdueCase");
        complete(inbox, SUPERVISOR, pi.getId(), "UserTask_SuperviseOverdueCase", "ACKNOWLEDGE", "已督办");
        assertThat(pi).hasPassed("EndEvent_Supervised").isWaitingAt("UserTask_ReviewApplication");
    }

    @Test
    void reminds_the_officials_before_the_acceptance_limit() {
        ProcessInstance pi = file(deregistration(org.creditCode()));
        StatutoryClock clock = clocks.find(pi.getId(), "registration-acceptance").orElseThrow();
        // Filed Mon 2026-09-07: 5 working days end Mon 09-14; the reminder is 1 working day before, Fri 09-11 09:00.
        AcceptanceReminder.checkAndFire(management, pi.getId(), clock, LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 11));

        assertThat(pi).hasPassedInOrder("BoundaryEvent_AcceptanceReminder", "ServiceTask_SendDeadlineReminder",
                "EndEvent_ReminderSent").hasNotPassed("UserTask_SuperviseOverdueCase").isWaitingAt("UserTask_CheckDocuments");
    }

    @Test
    void escalates_to_the_supervisor_when_the_acceptance_limit_passes() {
        ProcessInstance pi = file(deregistration(org.creditCode()));
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

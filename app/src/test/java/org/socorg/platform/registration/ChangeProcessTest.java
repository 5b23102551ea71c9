package org.socorg.platform.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.socorg.platform.registration.AmendmentScenario.establishedFoundation;
import static org.socorg.platform.registration.AmendmentScenario.rename;
import static org.socorg.platform.registration.AmendmentScenario.uniqueFoundationName;
import static org.socorg.platform.registration.RegistrationScenario.APPLICANT;
import static org.socorg.platform.registration.RegistrationScenario.DIRECTOR;
import static org.socorg.platform.registration.RegistrationScenario.OFFICIAL;
import static org.socorg.platform.registration.RegistrationScenario.SUPERVISOR;
import static org.socorg.platform.registration.RegistrationScenario.complete;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
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
import org.socorg.platform.organization.FieldChange;
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

/** One test per path of registration-change.bpmn, on the real engine and services (H2). */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class ChangeProcessTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Monday 2026-09-07, 10:00: 30 working days later crosses the Mid-Autumn and National Day holidays. */
    static final Instant FILED = LocalDate.of(2026, 9, 7).atTime(10, 0).atZone(ZONE).toInstant();

    @Autowired ProcessEngine engine;
    @Autowired RegistrationService registrations;
    @Autowired TaskInbox inbox;
    @Autowired OrganizationRegistry registry;
    @Autowired StatutoryClocks clocks;
    @Autowired ManagementService management;
    @Autowired java.util.List<PublicRecordSource> publicSources;

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

    private ProcessInstance file(ChangeRequest request) {
        RegistrationApplication app = registrations.submitChange(APPLICANT, request);
        assertThat(app.kind()).isEqualTo(ApplicationKind.CHANGE);
        assertThat(app.creditCode()).isEqualTo(org.creditCode());
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(app.processInstanceId())
                .singleResult();
    }

    private void acceptAndReview(ProcessInstance pi) {
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "COMPLETE", null);
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_ReviewApplication", "RECOMMEND_APPROVAL", "符合条件");
    }

    private RegistrationApplication application(ProcessInstance pi) {
        return registrations.get(APPLICANT, pi.getBusinessKey());
    }

    @Test
    void approves_a_change_of_name_and_keeps_the_old_and_new_values() {
        String newName = uniqueFoundationName("北京市青禾教育");
        ProcessInstance pi = file(rename(org.creditCode(), newName));
        assertThat(pi).isWaitingAt("UserTask_CheckDocuments");
        acceptAndReview(pi);
        complete(inbox, DIRECTOR, pi.getId(), "UserTask_DecideChange", "APPROVE", null);

        assertThat(pi).hasPassedInOrder("UserTask_CheckDocuments", "ServiceTask_CheckChangeRules",
                "UserTask_ReviewApplication", "UserTask_DecideChange", "ServiceTask_ApplyChange",
                "EndEvent_ChangeRegistered").isEnded();
        assertThat(application(pi).status()).isEqualTo(ApplicationStatus.APPROVED);
        Organization changed = registry.getByCreditCode(org.creditCode());
        assertThat(changed.name()).isEqualTo(newName);
        assertThat(changed.creditCode()).isEqualTo(org.creditCode());
        assertThat(changed.status()).isEqualTo(OrganizationStatus.ACTIVE);
        assertThat(registry.changeHistory(org.id())).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("name");
            assertThat(c.oldValue()).isEqualTo(org.name());
            assertThat(c.newValue()).isEqualTo(newName);
            assertThat(c.applicationId()).isEqualTo(pi.getBusinessKey());
            assertThat(c.changedBy()).isEqualTo(DIRECTOR.id());
        });
        // the old name is free again in the jurisdiction, the new one taken
        assertThat(registry.isNameTaken(org.divisionCode(), org.name())).isFalse();
        assertThat(registry.isNameTaken(org.divisionCode(), newName)).isTrue();
        assertThat(clocks.forProcessInstance(pi.getId())).extracting(StatutoryClock::state)
                .containsOnly(ClockState.STOPPED);

        PublicRecordSource notices = publicSources.stream()
                .filter(s -> PublicSections.REGISTRATION_NOTICES.equals(s.section())).findFirst().orElseThrow();
        assertThat(notices.publicRecords(org.creditCode())).extracting(PublicRecord::titleZh)
                .containsExactly("变更登记公告：" + org.name(), "成立登记公告：" + org.name());
        PublicRecord changeNotice = notices.publicRecords(org.creditCode()).get(0);
        assertThat(changeNotice.businessKey()).isEqualTo(pi.getBusinessKey());
        assertThat(changeNotice.fields()).anySatisfy(f -> assertThat(f.value()).isEqualTo(org.name() + " → " + newName));
    }

    @Test
    void approves_a_change_of_address_and_legal_representative_as_two_changed_fields() {
        ProcessInstance pi = file(AmendmentScenario.newAddressAndRepresentative(org.creditCode()));
        acceptAndReview(pi);
        complete(inbox, DIRECTOR, pi.getId(), "UserTask_DecideChange", "APPROVE", null);

        assertThat(pi).hasPassed("ServiceTask_ApplyChange", "EndEvent_ChangeRegistered").isEnded();
        Organization changed = registry.getByCreditCode(org.creditCode());
        assertThat(changed.address()).isEqualTo("北京市朝阳区建国路8号");
        assertThat(changed.legalRepresentative()).isEqualTo("李青禾");
        assertThat(changed.name()).isEqualTo(org.name());
        assertThat(registry.changeHistory(org.id())).extracting(FieldChange::field, FieldChange::oldValue)
                .containsExactly(tuple("address", org.address()), tuple("legalRepresentative",
                        org.legalRepresentative()));
    }

    @Test
    void refuses_when_the_director_refuses_and_gives_the_applicant_the_reasons() {
        ProcessInstance pi = file(AmendmentScenario.newAddressAndRepresentative(org.creditCode()));
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "COMPLETE", null);
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_ReviewApplication", "RECOMMEND_REFUSAL", "新住所无产权证明");
        complete(inbox, DIRECTOR, pi.getId(), "UserTask_DecideChange", "REFUSE", "新住所未提供使用证明");

        assertThat(pi).hasPassedInOrder("UserTask_DecideChange", "Gateway_Approved", "ServiceTask_RecordRefusal",
                "EndEvent_Refused").hasNotPassed("ServiceTask_ApplyChange").isEnded();
        RegistrationApplication app = application(pi);
        assertThat(app.status()).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(app.outcomeReasons()).extracting(Reason::messageZh).containsExactly("新住所未提供使用证明");
        assertThat(registry.getByCreditCode(org.creditCode()).address()).isEqualTo(org.address());
        assertThat(registry.changeHistory(org.id())).isEmpty();
        // decided: the organization may file again
        assertThat(registrations.submitChange(APPLICANT, AmendmentScenario.newAddressAndRepresentative(
                org.creditCode())).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void refuses_without_review_a_new_name_that_breaks_the_name_rules() {
        Organization other = establishedFoundation(registrations, inbox, registry);
        // taken by another organization of the jurisdiction, and a local organization may not start with 中国
        ProcessInstance taken = file(rename(org.creditCode(), other.name()));
        complete(inbox, OFFICIAL, taken.getId(), "UserTask_CheckDocuments", "COMPLETE", null);
        assertThat(taken).hasPassedInOrder("ServiceTask_CheckChangeRules", "Gateway_RequirementsMet",
                "ServiceTask_RecordRefusal", "EndEvent_Refused").hasNotPassed("UserTask_ReviewApplication").isEnded();
        assertThat(application(taken).outcomeReasons()).extracting(Reason::code).containsExactly("NAME_TAKEN");

        ProcessInstance reserved = file(rename(org.creditCode(), "中国青禾" + other.name().substring(3)));
        complete(inbox, OFFICIAL, reserved.getId(), "UserTask_CheckDocuments", "COMPLETE", null);
        assertThat(reserved).hasPassed("ServiceTask_RecordRefusal").isEnded();
        assertThat(application(reserved).outcomeReasons()).extracting(Reason::code)
                .containsExactly("NAME_RESERVED_WORD");
        assertThat(registry.getByCreditCode(org.creditCode()).name()).isEqualTo(org.name());
    }

    @Test
    void refuses_without_review_when_the_change_rules_object() {
        ProcessInstance pi = file(new ChangeRequest(org.creditCode(), null, null, null, null, "北京市科学技术协会",
                new java.math.BigDecimal("1000000"), "更换业务主管单位并减少原始基金", false, false));
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "COMPLETE", null);

        assertThat(pi).hasPassed("ServiceTask_CheckChangeRules", "ServiceTask_RecordRefusal")
                .hasNotPassed("UserTask_ReviewApplication").isEnded();
        assertThat(application(pi).outcomeReasons()).extracting(Reason::code).containsExactlyInAnyOrder(
                "FUNDS_BELOW_MINIMUM", "CHANGE_RESOLUTION_MISSING", "SUPERVISING_UNIT_CONSENT_MISSING");
    }

    @Test
    void refuses_at_approval_when_the_new_name_was_registered_meanwhile() {
        String newName = uniqueFoundationName("北京市并发更名");
        ProcessInstance pi = file(rename(org.creditCode(), newName));
        acceptAndReview(pi);
        // meanwhile an establishment of that name is approved
        RegistrationApplication rival = registrations.submitEstablishment(APPLICANT,
                RegistrationScenario.foundation(newName));
        complete(inbox, OFFICIAL, rival.processInstanceId(), "UserTask_CheckDocuments", "COMPLETE", null);
        complete(inbox, OFFICIAL, rival.processInstanceId(), "UserTask_ReviewApplication", "RECOMMEND_APPROVAL", null);
        complete(inbox, DIRECTOR, rival.processInstanceId(), "UserTask_DecideRegistration", "APPROVE", null);

        complete(inbox, DIRECTOR, pi.getId(), "UserTask_DecideChange", "APPROVE", null);
        assertThat(pi).hasPassedInOrder("ServiceTask_ApplyChange", "ServiceTask_RecordRefusal", "EndEvent_Refused")
                .isEnded();
        RegistrationApplication app = application(pi);
        assertThat(app.status()).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(app.outcomeReasons()).extracting(Reason::code).containsExactly("NAME_TAKEN");
        assertThat(registry.getByCreditCode(org.creditCode()).name()).isEqualTo(org.name());
        assertThat(registry.changeHistory(org.id())).isEmpty();
    }

    @Test
    void supplement_request_loops_back_and_stops_the_acceptance_clock_meanwhile() {
        ProcessInstance pi = file(AmendmentScenario.newAddressAndRepresentative(org.creditCode()));
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "SUPPLEMENT", "请补充新住所使用证明");
        assertThat(pi).isWaitingAt("UserTask_ProvideSupplements");
        assertThat(application(pi).status()).isEqualTo(ApplicationStatus.SUPPLEMENT_REQUESTED);
        assertThat(clocks.find(pi.getId(), "registration-acceptance").orElseThrow().state())
                .isEqualTo(ClockState.PAUSED);
        Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId("BoundaryEvent_AcceptanceOverdue").singleResult();
        assertThat(timer.isSuspended()).isTrue();

        assertThatThrownBy(() -> complete(inbox, APPLICANT, pi.getId(), "UserTask_ProvideSupplements",
                new TaskDecision("SUBMIT", null, Map.of("address", "x".repeat(201)))))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class).hasMessageContaining("address");
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 10, 8).atTime(15, 0).atZone(ZONE).toInstant()));
        complete(inbox, APPLICANT, pi.getId(), "UserTask_ProvideSupplements",
                new TaskDecision("SUBMIT", "已补充", Map.of("address", "北京市朝阳区建国路9号", "creditCode", "ignored")));

        assertThat(pi).hasPassedInOrder("UserTask_CheckDocuments", "UserTask_ProvideSupplements")
                .isWaitingAt("UserTask_CheckDocuments");
        StatutoryClock resumed = clocks.find(pi.getId(), "registration-acceptance").orElseThrow();
        assertThat(resumed.state()).isEqualTo(ClockState.RUNNING);
        assertThat(resumed.dueOn()).isEqualTo(LocalDate.of(2026, 10, 14));
        RegistrationApplication app = application(pi);
        assertThat(app.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(app.change().address()).isEqualTo("北京市朝阳区建国路9号");
        assertThat(app.change().creditCode()).as("the organization cannot change").isEqualTo(org.creditCode());

        acceptAndReview(pi);
        complete(inbox, DIRECTOR, pi.getId(), "UserTask_DecideChange", "APPROVE", null);
        assertThat(registry.getByCreditCode(org.creditCode()).address()).isEqualTo("北京市朝阳区建国路9号");
    }

    @Test
    void does_not_accept_when_the_official_says_so() {
        ProcessInstance pi = file(AmendmentScenario.newAddressAndRepresentative(org.creditCode()));
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "NOT_ACCEPTED", "不属于变更登记事项");

        assertThat(pi).hasPassedInOrder("EndEvent_NotAcceptable", "Gateway_Accepted",
                "ServiceTask_RecordNonAcceptance", "EndEvent_NotAccepted").isEnded();
        RegistrationApplication app = application(pi);
        assertThat(app.status()).isEqualTo(ApplicationStatus.NOT_ACCEPTED);
        assertThat(app.outcomeReasons()).extracting(Reason::messageZh).containsExactly("不属于变更登记事项");
    }

    @Test
    void reminds_the_officials_before_the_change_deadline() {
        ProcessInstance pi = file(AmendmentScenario.newAddressAndRepresentative(org.creditCode()));
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "COMPLETE", null);
        StatutoryClock clock = clocks.find(pi.getId(), "registration-change").orElseThrow();
        // 30 working days from Mon 2026-09-07, counting the adjusted working Sunday 9-20 and Saturday 10-10 and
        // skipping Mid-Autumn (9-25) and National Day (10-01..07): Fri 2026-10-23; the reminder 5 days before.
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2026, 10, 23));
        assertThat(clock.reminderAt()).isEqualTo(LocalDate.of(2026, 10, 16).atTime(9, 0).atZone(ZONE).toInstant());

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
    void escalates_to_the_supervisor_when_the_change_deadline_passes() {
        ProcessInstance pi = file(AmendmentScenario.newAddressAndRepresentative(org.creditCode()));
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckDocuments", "COMPLETE", null);
        StatutoryClock clock = clocks.find(pi.getId(), "registration-change").orElseThrow();
        Job overdue = management.createJobQuery().processInstanceId(pi.getId())
                .activityId("BoundaryEvent_DeadlinePassed").singleResult();
        assertThat(overdue.getDuedate().toInstant()).isEqualTo(clock.dueAt());

        ClockUtil.setCurrentTime(Date.from(clock.dueAt()));
        management.executeJob(overdue.getId());

        assertThat(pi).hasPassed("BoundaryEvent_DeadlinePassed")
                .isWaitingAt("UserTask_ReviewApplication", "UserTask_SuperviseOverdueCase");
        complete(inbox, SUPERVISOR, pi.getId(), "UserTask_SuperviseOverdueCase", "ACKNOWLEDGE", "已督促本周办结");
        assertThat(pi).hasPassed("UserTask_SuperviseOverdueCase", "EndEvent_Supervised")
                .isWaitingAt("UserTask_ReviewApplication");
    }

    @Test
    void escalates_to_the_supervisor_when_the_acceptance_limit_passes() {
        ProcessInstance pi = file(AmendmentScenario.newAddressAndRepresentative(org.creditCode()));
        StatutoryClock clock = clocks.find(pi.getId(), "registration-acceptance").orElseThrow();
        Job overdue = management.createJobQuery().processInstanceId(pi.getId())
                .activityId("BoundaryEvent_AcceptanceOverdue").singleResult();
        ClockUtil.setCurrentTime(Date.from(clock.dueAt()));
        management.executeJob(overdue.getId());

        assertThat(pi).hasPassed("BoundaryEvent_AcceptanceOverdue")
                .isWaitingAt("UserTask_CheckDocuments", "UserTask_SuperviseOverdueCase");
    }

    @Test
    void refuses_a_second_open_application_and_one_for_an_organization_it_does_not_hold() {
        assertThatThrownBy(() -> registrations.submitChange(APPLICANT, new ChangeRequest(org.creditCode(),
                org.name(), org.address(), null, null, null, null, "无", true, null)))
                .isInstanceOf(PlatformException.class).hasMessageContaining("NOTHING_TO_CHANGE");
        file(AmendmentScenario.newAddressAndRepresentative(org.creditCode()));
        assertThatThrownBy(() -> registrations.submitChange(APPLICANT, rename(org.creditCode(),
                uniqueFoundationName("北京市第二件"))))
                .isInstanceOf(PlatformException.class).hasMessageContaining("APPLICATION_ALREADY_OPEN");
        assertThatThrownBy(() -> registrations.submitDeregistration(APPLICANT,
                AmendmentScenario.deregistration(org.creditCode())))
                .isInstanceOf(PlatformException.class).hasMessageContaining("APPLICATION_ALREADY_OPEN");
        assertThatThrownBy(() -> registrations.submitChange(RegistrationScenario.OTHER_APPLICANT,
                AmendmentScenario.newAddressAndRepresentative(org.creditCode())))
                .isInstanceOf(PlatformException.class).hasMessageContaining("NOT_ACCOUNT_HOLDER");
    }

    @Test
    void reminds_the_officials_before_the_acceptance_limit() {
        ProcessInstance pi = file(AmendmentScenario.newAddressAndRepresentative(org.creditCode()));
        StatutoryClock clock = clocks.find(pi.getId(), "registration-acceptance").orElseThrow();
        // Filed Mon 2026-09-07: 5 working days end Mon 09-14; the reminder is 1 working day before, Fri 09-11 09:00.
        AcceptanceReminder.checkAndFire(management, pi.getId(), clock, LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 11));

        assertThat(pi).hasPassedInOrder("BoundaryEvent_AcceptanceReminder", "ServiceTask_SendDeadlineReminder",
                "EndEvent_ReminderSent").hasNotPassed("UserTask_SuperviseOverdueCase").isWaitingAt("UserTask_CheckDocuments");
    }
}

package org.socorg.platform.fundraising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.socorg.platform.fundraising.FundraisingScenario.APPLICANT;
import static org.socorg.platform.fundraising.FundraisingScenario.DIRECTOR;
import static org.socorg.platform.fundraising.FundraisingScenario.OFFICIAL;
import static org.socorg.platform.fundraising.FundraisingScenario.SHANGHAI_DIRECTOR;
import static org.socorg.platform.fundraising.FundraisingScenario.SUPERVISOR;
import static org.socorg.platform.fundraising.FundraisingScenario.complete;

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
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.credit.ListingReasons;
import org.socorg.platform.disclosure.PublicRecord;
import org.socorg.platform.disclosure.PublicRecordSource;
import org.socorg.platform.disclosure.PublicSections;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskInbox;
import org.socorg.platform.support.AcceptanceReminder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * One test per path of fundraising-qualification.bpmn on the real engine and services (H2), plus revocation and
 * the cross-flow effect of the credit lists. The engine's clock is Monday 2026-09-07; the charities were founded
 * on 2024-03-01 and reported for 2024 and 2025 unless a test says otherwise.
 */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class QualificationProcessTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = LocalDate.of(2026, 9, 7).atTime(10, 0).atZone(ZONE).toInstant();
    static final LocalDate FOUNDED = LocalDate.of(2024, 3, 1);
    static final String DECISION_RULE = "fundraising-qualification";

    @Autowired ProcessEngine engine;
    @Autowired FundraisingService fundraising;
    @Autowired TaskInbox inbox;
    @Autowired OrganizationRegistry registry;
    @Autowired StatutoryClocks clocks;
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

    private Organization charity() {
        return FundraisingScenario.charity(registry, jdbc, APPLICANT.id(), "110000", FOUNDED, 2025);
    }

    private QualificationApplication apply(Organization org) {
        return fundraising.apply(APPLICANT, new QualificationRequest(org.creditCode(), "拟面向社会公众募集助学资金",
                "理事会7人、监事1人"));
    }

    private ProcessInstance instance(QualificationApplication app) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(app.processInstanceId())
                .singleResult();
    }

    private ProcessInstance acceptedAndEligible(Organization org) {
        QualificationApplication app = apply(org);
        ProcessInstance pi = instance(app);
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckApplication", "COMPLETE", null);
        assertThat(pi).isWaitingAt("UserTask_ReviewApplication");
        return pi;
    }

    private List<PublicRecord> publicRecords(String section, String creditCode) {
        return publicSources.stream().filter(s -> s.section().equals(section)).findFirst().orElseThrow()
                .publicRecords(creditCode);
    }

    @Test
    void grants_the_qualification_to_an_eligible_charity_with_a_certificate_and_the_registry_flag() {
        Organization org = charity();
        QualificationApplication app = apply(org);
        ProcessInstance pi = instance(app);
        assertThat(app.status()).isEqualTo(QualificationStatus.SUBMITTED);
        assertThat(pi).isWaitingAt("UserTask_CheckApplication");

        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckApplication", "COMPLETE", null);
        assertThat(pi).hasPassedInOrder("EndEvent_ApplicationComplete", "ServiceTask_CheckEligibility",
                "Gateway_Eligible").isWaitingAt("UserTask_ReviewApplication");
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_ReviewApplication", "RECOMMEND_APPROVAL", "符合条件");
        complete(inbox, DIRECTOR, pi.getId(), "UserTask_DecideQualification", "APPROVE", null);

        assertThat(pi).hasPassedInOrder("UserTask_DecideQualification", "Gateway_Approved",
                "ServiceTask_GrantQualification", "EndEvent_Qualified").isEnded();
        QualificationApplication decided = fundraising.get(APPLICANT, app.id());
        assertThat(decided.status()).isEqualTo(QualificationStatus.APPROVED);
        assertThat(decided.certificateNumber()).matches("110000-PF-2026-\\d{6}");
        assertThat(registry.getByCreditCode(org.creditCode()).publicFundraising()).isTrue();
        assertThat(fundraising.qualifications(org.creditCode())).singleElement().satisfies(q -> {
            assertThat(q.valid()).isTrue();
            assertThat(q.grantedBy()).isEqualTo(DIRECTOR.id());
            assertThat(q.grantedOn()).isEqualTo(LocalDate.of(2026, 9, 7));
        });
        assertThat(publicRecords(PublicSections.FUNDRAISING_QUALIFICATION, org.creditCode())).singleElement()
                .satisfies(r -> {
                    assertThat(r.id()).isEqualTo(decided.certificateNumber());
                    assertThat(r.businessKey()).isEqualTo(app.id());
                });
        assertThat(clocks.forProcessInstance(pi.getId())).extracting(StatutoryClock::state)
                .containsOnly(ClockState.STOPPED);
        assertThatThrownBy(() -> apply(org)).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.code()).isEqualTo("ALREADY_QUALIFIED"));
    }

    @Test
    void decides_within_20_working_days_of_acceptance() {
        ProcessInstance pi = acceptedAndEligible(charity());
        StatutoryClock decision = clocks.find(pi.getId(), DECISION_RULE).orElseThrow();
        assertThat(decision.state()).isEqualTo(ClockState.RUNNING);
        assertThat(decision.period().amount()).isEqualTo(20);
        // 20 working days from Monday 7 September 2026 skip the National Day holidays and count Saturday
        // 10 October, a make-up working day (调休上班)
        assertThat(decision.dueOn()).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(clocks.find(pi.getId(), "fundraising-qualification-acceptance").orElseThrow().state())
                .isEqualTo(ClockState.STOPPED);
    }

    @Test
    void pauses_the_acceptance_clock_for_supplements_and_takes_the_corrected_statement() {
        Organization org = charity();
        QualificationApplication app = apply(org);
        ProcessInstance pi = instance(app);
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckApplication", "SUPPLEMENT", "请补充治理结构说明");
        assertThat(pi).isWaitingAt("UserTask_ProvideSupplements");
        assertThat(fundraising.get(APPLICANT, app.id()).status()).isEqualTo(QualificationStatus.SUPPLEMENT_REQUESTED);
        assertThat(clocks.find(pi.getId(), "fundraising-qualification-acceptance").orElseThrow().state())
                .isEqualTo(ClockState.PAUSED);

        complete(inbox, APPLICANT, pi.getId(), "UserTask_ProvideSupplements",
                new TaskDecision("SUBMIT", null, Map.of("governance", "理事会9人、监事2人，设财务委员会")));
        assertThat(pi).hasPassedInOrder("UserTask_CheckApplication", "Gateway_ApplicationComplete",
                "UserTask_ProvideSupplements").isWaitingAt("UserTask_CheckApplication");
        QualificationApplication corrected = fundraising.get(APPLICANT, app.id());
        assertThat(corrected.status()).isEqualTo(QualificationStatus.SUBMITTED);
        assertThat(corrected.governance()).isEqualTo("理事会9人、监事2人，设财务委员会");
        assertThat(clocks.find(pi.getId(), "fundraising-qualification-acceptance").orElseThrow().state())
                .isEqualTo(ClockState.RUNNING);

        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckApplication", "COMPLETE", null);
        assertThat(pi).isWaitingAt("UserTask_ReviewApplication");
    }

    @Test
    void does_not_accept_an_application_the_official_finds_unacceptable() {
        QualificationApplication app = apply(charity());
        ProcessInstance pi = instance(app);
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckApplication", "NOT_ACCEPTED", "申请事项不属于本机关职权范围");
        assertThat(pi).hasPassedInOrder("EndEvent_NotAcceptable", "Gateway_Accepted",
                "ServiceTask_RecordNonAcceptance", "EndEvent_NotAccepted").isEnded();
        QualificationApplication done = fundraising.get(APPLICANT, app.id());
        assertThat(done.status()).isEqualTo(QualificationStatus.NOT_ACCEPTED);
        assertThat(done.outcomeReasons()).extracting(Reason::messageZh).containsExactly("申请事项不属于本机关职权范围");
    }

    @Test
    void refuses_qualification_to_a_charity_registered_less_than_a_year() {
        Organization young = FundraisingScenario.charity(registry, jdbc, APPLICANT.id(), "110000",
                LocalDate.of(2025, 10, 8), 2025);
        QualificationApplication app = apply(young);
        ProcessInstance pi = instance(app);
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckApplication", "COMPLETE", null);

        assertThat(pi).hasPassedInOrder("ServiceTask_CheckEligibility", "Gateway_Eligible",
                "ServiceTask_RefuseQualification", "EndEvent_Refused").hasNotPassed("UserTask_ReviewApplication")
                .isEnded();
        QualificationApplication refused = fundraising.get(APPLICANT, app.id());
        assertThat(refused.status()).isEqualTo(QualificationStatus.REFUSED);
        assertThat(refused.outcomeReasons()).extracting(Reason::code).containsExactly("REGISTERED_LESS_THAN_ONE_YEAR");
        assertThat(refused.outcomeReasons().get(0).messageEn()).contains("less than one year");
        assertThat(registry.getByCreditCode(young.creditCode()).publicFundraising()).isFalse();
    }

    @Test
    void refuses_qualification_when_seriously_dishonest() {
        Organization org = charity();
        FundraisingScenario.list(jdbc, org.creditCode(), CreditList.SERIOUS_DISHONESTY, ListingReasons.LARGE_FINE,
                LocalDate.of(2026, 5, 1));
        QualificationApplication app = apply(org);
        ProcessInstance pi = instance(app);
        complete(inbox, OFFICIAL, app.processInstanceId(), "UserTask_CheckApplication", "COMPLETE", null);
        assertThat(pi).hasPassed("EndEvent_Refused").isEnded();
        assertThat(fundraising.get(APPLICANT, app.id()).outcomeReasons()).extracting(Reason::code)
                .containsExactly("SERIOUSLY_DISHONEST");
    }

    @Test
    void refuses_qualification_when_an_annual_report_since_registration_is_missing() {
        Organization org = FundraisingScenario.charity(registry, jdbc, APPLICANT.id(), "110000", FOUNDED, 2024);
        QualificationApplication app = apply(org);
        ProcessInstance pi = instance(app);
        complete(inbox, OFFICIAL, app.processInstanceId(), "UserTask_CheckApplication", "COMPLETE", null);
        assertThat(pi).hasPassed("EndEvent_Refused").isEnded();
        assertThat(fundraising.get(APPLICANT, app.id()).outcomeReasons()).extracting(Reason::code)
                .containsExactly("ANNUAL_REPORTS_NOT_IN_ORDER");
    }

    @Test
    void refuses_when_the_director_refuses_and_gives_the_applicant_the_reasons() {
        QualificationApplication app = apply(charity());
        ProcessInstance pi = instance(app);
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_CheckApplication", "COMPLETE", null);
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_ReviewApplication", "RECOMMEND_REFUSAL", "财务制度不健全");
        complete(inbox, DIRECTOR, pi.getId(), "UserTask_DecideQualification", "REFUSE", "内部治理结构不健全");

        assertThat(pi).hasPassedInOrder("UserTask_DecideQualification", "Gateway_Approved",
                "ServiceTask_RefuseQualification", "EndEvent_Refused").hasNotPassed("ServiceTask_GrantQualification")
                .isEnded();
        QualificationApplication refused = fundraising.get(APPLICANT, app.id());
        assertThat(refused.status()).isEqualTo(QualificationStatus.REFUSED);
        assertThat(refused.outcomeReasons()).extracting(Reason::messageZh).containsExactly("内部治理结构不健全");
        assertThat(refused.certificateNumber()).isNull();
    }

    @Test
    void reminds_the_officials_before_the_decision_deadline() {
        ProcessInstance pi = acceptedAndEligible(charity());
        StatutoryClock clock = clocks.find(pi.getId(), DECISION_RULE).orElseThrow();
        Job reminder = management.createJobQuery().processInstanceId(pi.getId())
                .activityId("BoundaryEvent_DeadlineReminder").singleResult();
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(clock.reminderAt());
        ClockUtil.setCurrentTime(Date.from(clock.reminderAt()));
        management.executeJob(reminder.getId());

        assertThat(pi).hasPassedInOrder("BoundaryEvent_DeadlineReminder", "ServiceTask_SendDeadlineReminder",
                "EndEvent_ReminderSent").isWaitingAt("UserTask_ReviewApplication");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "reminderSent")).isEqualTo(true);
    }

    @Test
    void escalates_to_the_supervisors_when_the_decision_deadline_passes() {
        ProcessInstance pi = acceptedAndEligible(charity());
        StatutoryClock clock = clocks.find(pi.getId(), DECISION_RULE).orElseThrow();
        Job overdue = management.createJobQuery().processInstanceId(pi.getId())
                .activityId("BoundaryEvent_DeadlinePassed").singleResult();
        ClockUtil.setCurrentTime(Date.from(clock.dueAt()));
        management.executeJob(overdue.getId());

        assertThat(pi).isWaitingAt("UserTask_ReviewApplication", "UserTask_SuperviseOverdueCase");
        complete(inbox, SUPERVISOR, pi.getId(), "UserTask_SuperviseOverdueCase", "ACKNOWLEDGE", "已督促承办人");
        assertThat(pi).hasPassed("EndEvent_Supervised").isWaitingAt("UserTask_ReviewApplication");
    }

    @Test
    void escalates_to_the_supervisors_when_acceptance_is_overdue() {
        QualificationApplication app = apply(charity());
        ProcessInstance pi = instance(app);
        StatutoryClock clock = clocks.find(pi.getId(), "fundraising-qualification-acceptance").orElseThrow();
        Job overdue = management.createJobQuery().processInstanceId(pi.getId())
                .activityId("BoundaryEvent_AcceptanceOverdue").singleResult();
        ClockUtil.setCurrentTime(Date.from(clock.dueAt()));
        management.executeJob(overdue.getId());

        assertThat(pi).isWaitingAt("UserTask_CheckApplication", "UserTask_SuperviseOverdueCase");
    }

    @Test
    void a_director_revokes_a_qualification_with_a_public_reason_and_the_flag_is_cleared() {
        Organization org = charity();
        ProcessInstance pi = acceptedAndEligible(org);
        complete(inbox, OFFICIAL, pi.getId(), "UserTask_ReviewApplication", "RECOMMEND_APPROVAL", null);
        complete(inbox, DIRECTOR, pi.getId(), "UserTask_DecideQualification", "APPROVE", null);
        String certificate = fundraising.qualifications(org.creditCode()).get(0).certificateNumber();

        assertThatThrownBy(() -> fundraising.revoke(OFFICIAL, certificate, new RevocationRequest("骗取资格")))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> fundraising.revoke(SHANGHAI_DIRECTOR, certificate, new RevocationRequest("骗取资格")))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.code()).isEqualTo("OUTSIDE_JURISDICTION"));
        assertThat(registry.getByCreditCode(org.creditCode()).publicFundraising()).as("refusals change nothing")
                .isTrue();

        Qualification revoked = fundraising.revoke(DIRECTOR, certificate, new RevocationRequest("以虚假材料骗取公开募捐资格"));
        assertThat(revoked.valid()).isFalse();
        assertThat(revoked.revocationReason()).isEqualTo("以虚假材料骗取公开募捐资格");
        assertThat(registry.getByCreditCode(org.creditCode()).publicFundraising()).isFalse();
        assertThat(fundraising.hasValidQualification(org.creditCode())).isFalse();
        assertThat(publicRecords(PublicSections.FUNDRAISING_QUALIFICATION, org.creditCode())).singleElement()
                .satisfies(r -> assertThat(r.fields()).anySatisfy(f ->
                        assertThat(f.value()).isEqualTo("以虚假材料骗取公开募捐资格")));
        assertThatThrownBy(() -> fundraising.revoke(DIRECTOR, certificate, new RevocationRequest("再次撤销")))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo("ALREADY_REVOKED"));
    }

    /**
     * Issue 5's cross-flow scenario, as far as this module goes: an organization on the abnormal-activity list (its
     * annual report not filed) is refused; once the credit flow removes the listing, a new application succeeds.
     */
    @Test
    void refuses_while_on_the_abnormal_activity_list_and_qualifies_after_the_listing_is_removed() {
        Organization org = charity();
        FundraisingScenario.list(jdbc, org.creditCode(), CreditList.ABNORMAL_ACTIVITY,
                ListingReasons.ANNUAL_REPORT_NOT_FILED, LocalDate.of(2026, 6, 1));

        QualificationApplication first = apply(org);
        ProcessInstance firstInstance = instance(first);
        complete(inbox, OFFICIAL, first.processInstanceId(), "UserTask_CheckApplication", "COMPLETE", null);
        assertThat(firstInstance).hasPassed("EndEvent_Refused").isEnded();
        QualificationApplication refused = fundraising.get(APPLICANT, first.id());
        assertThat(refused.status()).isEqualTo(QualificationStatus.REFUSED);
        assertThat(refused.outcomeReasons()).extracting(Reason::code).containsExactly("ABNORMAL_ACTIVITY_LISTED");

        FundraisingScenario.removeListings(jdbc, org.creditCode(), CreditList.ABNORMAL_ACTIVITY,
                LocalDate.of(2026, 9, 7));
        ProcessInstance second = acceptedAndEligible(org);
        complete(inbox, OFFICIAL, second.getId(), "UserTask_ReviewApplication", "RECOMMEND_APPROVAL", null);
        complete(inbox, DIRECTOR, second.getId(), "UserTask_DecideQualification", "APPROVE", null);
        assertThat(second).hasPassed("EndEvent_Qualified").isEnded();
        assertThat(registry.getByCreditCode(org.creditCode()).publicFundraising()).isTrue();
    }

    @Test
    void reminds_the_officials_before_the_acceptance_limit() {
        ProcessInstance pi = instance(apply(charity()));
        StatutoryClock clock = clocks.find(pi.getId(), "fundraising-qualification-acceptance").orElseThrow();
        // Filed Mon 2026-09-07: 5 working days end Mon 09-14; the reminder is 1 working day before, Fri 09-11 09:00.
        AcceptanceReminder.checkAndFire(management, pi.getId(), clock, LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 11));

        assertThat(pi).hasPassedInOrder("BoundaryEvent_AcceptanceReminder", "ServiceTask_SendDeadlineReminder",
                "EndEvent_ReminderSent").hasNotPassed("UserTask_SuperviseOverdueCase").isWaitingAt("UserTask_CheckApplication");
    }
}

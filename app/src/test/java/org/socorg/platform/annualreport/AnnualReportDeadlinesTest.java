package org.socorg.platform.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.socorg.platform.annualreport.AnnualReportScenario.OFFICIAL;
import static org.socorg.platform.annualreport.AnnualReportScenario.OTHER_APPLICANT;
import static org.socorg.platform.registration.RegistrationScenario.complete;

import java.time.LocalDate;
import java.util.List;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.organization.OrganizationType;
import java.util.Set;
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
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.credit.ListingCauseCleared;
import org.socorg.platform.credit.ListingProposed;
import org.socorg.platform.credit.ListingReasons;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The due-date sweep (annual-report-deadlines.bpmn) run by its own timer job on the engine's clock: reminders
 * before the due date, the proposal for the abnormal-activity list after it, and the late report that clears it.
 */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
@RecordApplicationEvents
class AnnualReportDeadlinesTest {

    @Autowired ProcessEngine engine;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired AnnualReportService reports;
    @Autowired OrganizationRegistry registry;
    @Autowired org.socorg.platform.task.TaskInbox inbox;
    @Autowired ApplicationEvents events;

    Organization org;
    int year;
    /**
     * This test's own account holder: the sweep reminds every organization of the shared test context, and a holder
     * of many organizations sees only the newest notices.
     */
    Caller holder;

    @BeforeEach
    void setUp() {
        init(engine);
        holder = new Caller("holder-" + UUID.randomUUID().toString().substring(0, 8), "年报测试持有人",
                Set.of(Groups.APPLICANTS), null);
        org = AnnualReportScenario.organization(registry, OrganizationType.FOUNDATION, "110000", holder.id());
        year = AnnualReportScenario.firstReportYear(org);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Fires the sweep's daily timer as the job executor would, on the day the clock says. */
    private void sweepOn(LocalDate day) {
        AnnualReportScenario.today(day);
        long before = sweepsDone();
        Job timer = management.createJobQuery().processDefinitionKey("annual-report-deadlines").timers()
                .singleResult();
        assertThat(timer).as("the daily timer of annual-report-deadlines").isNotNull();
        management.executeJob(timer.getId());
        assertThat(sweepsDone()).isEqualTo(before + 1);
    }

    private long sweepsDone() {
        return history.createHistoricActivityInstanceQuery().activityId("EndEvent_SweepDone").count();
    }

    private List<AnnualReportNotice> noticesOfOrg(Caller caller) {
        return reports.notices(caller).stream().filter(n -> n.creditCode().equals(org.creditCode())).toList();
    }

    private List<ListingProposed> proposalsForOrg() {
        return events.stream(ListingProposed.class).filter(e -> e.creditCode().equals(org.creditCode())).toList();
    }

    @Test
    void reminds_the_account_holder_30_and_7_days_before_the_due_date_once_each() {
        LocalDate due = LocalDate.of(year + 1, 5, 31);
        sweepOn(due.minusDays(31));
        assertThat(noticesOfOrg(holder)).as("more than 30 days before: nothing yet").isEmpty();

        sweepOn(due.minusDays(30));
        sweepOn(due.minusDays(29));
        assertThat(noticesOfOrg(holder)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(AnnualReportNotice.REMINDER);
            assertThat(n.daysBefore()).isEqualTo(30);
            assertThat(n.reportYear()).isEqualTo(year);
            assertThat(n.dueOn()).isEqualTo(due);
            assertThat(n.messageZh()).contains(year + "年度工作报告", due.toString());
        });

        sweepOn(due.minusDays(7));
        sweepOn(due);
        assertThat(noticesOfOrg(holder)).extracting(AnnualReportNotice::daysBefore).containsExactly(7, 30);
        assertThat(noticesOfOrg(OTHER_APPLICANT)).as("only the account holder sees them").isEmpty();
        assertThat(proposalsForOrg()).as("not overdue on the due date itself").isEmpty();
    }

    @Test
    void does_not_remind_an_organization_that_has_filed() {
        AnnualReportScenario.today(LocalDate.of(year + 1, 3, 10));
        reports.file(holder, AnnualReportScenario.filing(org, year));

        sweepOn(LocalDate.of(year + 1, 5, 24));
        sweepOn(LocalDate.of(year + 1, 6, 1));

        assertThat(noticesOfOrg(holder)).isEmpty();
        assertThat(proposalsForOrg()).isEmpty();
    }

    @Test
    void proposes_an_organization_that_has_not_filed_by_the_due_date_for_the_abnormal_activity_list_once() {
        sweepOn(LocalDate.of(year + 1, 6, 1));

        assertThat(proposalsForOrg()).singleElement().satisfies(p -> {
            assertThat(p.list()).isEqualTo(CreditList.ABNORMAL_ACTIVITY);
            assertThat(p.reasonCode()).isEqualTo(ListingReasons.ANNUAL_REPORT_NOT_FILED);
            assertThat(p.source()).isEqualTo("annual-report");
            assertThat(p.divisionCode()).isEqualTo("110000");
            assertThat(p.reason()).contains(String.valueOf(year));
            assertThat(p.legalBasis()).isNotBlank();
            assertThat(p.sourceReference()).isEqualTo(AnnualReportDeadlines.reference(org.creditCode(), year));
        });
        assertThat(noticesOfOrg(holder)).extracting(AnnualReportNotice::kind).contains(AnnualReportNotice.OVERDUE);

        sweepOn(LocalDate.of(year + 1, 6, 2));
        assertThat(proposalsForOrg()).as("proposed once, not every day").hasSize(1);
    }

    @Test
    void does_not_propose_an_organization_founded_after_the_report_year() {
        // the report on the year before its founding does not exist
        sweepOn(LocalDate.of(year, 6, 1));
        assertThat(proposalsForOrg()).isEmpty();
        assertThat(noticesOfOrg(holder)).isEmpty();
    }

    @Test
    void a_late_report_reviewed_clears_the_cause_of_the_listing() {
        sweepOn(LocalDate.of(year + 1, 6, 1));
        assertThat(proposalsForOrg()).hasSize(1);

        AnnualReportScenario.today(LocalDate.of(year + 1, 6, 10));
        AnnualReport late = reports.file(holder, AnnualReportScenario.filing(org, year));
        assertThat(late.filedLate()).isTrue();
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(late.processInstanceId()).singleResult();
        complete(inbox, OFFICIAL, late.processInstanceId(), "UserTask_ReviewReport", "QUALIFIED", null);

        assertThat(pi).hasPassedInOrder("ServiceTask_PublishReport", "Gateway_ListingCause",
                "ServiceTask_ClearListingCause", "EndEvent_Published").isEnded();
        assertThat(events.stream(ListingCauseCleared.class)).singleElement().satisfies(c -> {
            assertThat(c.creditCode()).isEqualTo(org.creditCode());
            assertThat(c.list()).isEqualTo(CreditList.ABNORMAL_ACTIVITY);
            assertThat(c.reasonCode()).isEqualTo(ListingReasons.ANNUAL_REPORT_NOT_FILED);
            assertThat(c.source()).isEqualTo("annual-report");
            assertThat(c.sourceReference()).isEqualTo(late.id());
        });
    }
}

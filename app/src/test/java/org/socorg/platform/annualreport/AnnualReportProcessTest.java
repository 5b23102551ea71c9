package org.socorg.platform.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.socorg.platform.annualreport.AnnualReportScenario.HOLDER;
import static org.socorg.platform.annualreport.AnnualReportScenario.OFFICIAL;
import static org.socorg.platform.annualreport.AnnualReportScenario.SUPERVISOR;
import static org.socorg.platform.registration.RegistrationScenario.complete;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.socorg.platform.credit.ListingCauseCleared;
import org.socorg.platform.disclosure.PublicField;
import org.socorg.platform.disclosure.PublicRecord;
import org.socorg.platform.disclosure.PublicRecordSource;
import org.socorg.platform.disclosure.PublicSections;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.InboxNotices;
import org.socorg.platform.task.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * One test per path of annual-report.bpmn on the real engine and services (H2). The engine's clock is set to
 * 10 March of the year after the organization's founding year, when the report on that year is due.
 */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
@RecordApplicationEvents
class AnnualReportProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired AnnualReportService reports;
    @Autowired AnnualReportStanding standing;
    @Autowired TaskInbox inbox;
    @Autowired OrganizationRegistry registry;
    @Autowired StatutoryClocks clocks;
    @Autowired ManagementService management;
    @Autowired List<PublicRecordSource> publicSources;
    @Autowired ApplicationEvents events;
    @Autowired InboxNotices notices;

    Organization org;
    int year;

    @BeforeEach
    void setUp() {
        init(engine);
        org = AnnualReportScenario.foundation(registry);
        year = AnnualReportScenario.firstReportYear(org);
        AnnualReportScenario.today(LocalDate.of(year + 1, 3, 10));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private AnnualReport file() {
        return reports.file(HOLDER, AnnualReportScenario.filing(org, year));
    }

    private ProcessInstance instance(AnnualReport report) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(report.processInstanceId())
                .singleResult();
    }

    @Test
    void publishes_a_qualified_report_and_counts_it_as_in_order() {
        AnnualReport filed = file();
        ProcessInstance pi = instance(filed);
        assertThat(filed.status()).isEqualTo(AnnualReportStatus.SUBMITTED);
        assertThat(filed.filedLate()).isFalse();
        assertThat(filed.dueOn()).isEqualTo(LocalDate.of(year + 1, 5, 31));
        assertThat(pi).isWaitingAt("UserTask_ReviewReport");

        complete(inbox, OFFICIAL, filed.processInstanceId(), "UserTask_ReviewReport", "QUALIFIED", null);

        assertThat(pi).hasPassedInOrder("UserTask_ReviewReport", "EndEvent_Reviewed",
                "ServiceTask_PublishReport", "Gateway_ListingCause", "EndEvent_Published")
                .hasNotPassed("ServiceTask_ClearListingCause").isEnded();
        AnnualReport published = reports.get(HOLDER, filed.id());
        assertThat(published.status()).isEqualTo(AnnualReportStatus.ACCEPTED);
        assertThat(published.outcome()).isEqualTo(ReviewOutcome.QUALIFIED);
        assertThat(published.publishedAt()).isNotNull();
        assertThat(clocks.forProcessInstance(filed.processInstanceId())).extracting(StatutoryClock::state)
                .containsOnly(ClockState.STOPPED);
        assertThat(standing.reportsInOrder(org.creditCode(), year, year)).isTrue();
        assertThat(reports.published(org.creditCode())).singleElement().satisfies(p -> {
            assertThat(p.reportYear()).isEqualTo(year);
            assertThat(p.outcomeZh()).isEqualTo("合格");
            assertThat(p.netAssetsEnd()).isEqualByComparingTo("4200000");
        });
        PublicRecordSource source = publicSources.stream()
                .filter(s -> PublicSections.ANNUAL_REPORTS.equals(s.section())).findFirst().orElseThrow();
        assertThat(source.publicRecords(org.creditCode())).singleElement().satisfies((PublicRecord r) -> {
            assertThat(r.businessKey()).isEqualTo(filed.id());
            assertThat(r.date()).isEqualTo(LocalDate.of(year + 1, 3, 10));
            assertThat(r.titleZh()).contains(String.valueOf(year), "合格");
            assertThat(r.fields()).extracting(PublicField::value).contains(String.valueOf(year), "1200000", "4200000");
        });
        assertThat(events.stream(AnnualReportPublished.class)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(ReviewOutcome.QUALIFIED));
        assertThat(events.stream(ListingCauseCleared.class)).isEmpty();
    }

    @Test
    void publishes_a_basically_qualified_report_with_the_reviewers_reasons() {
        AnnualReport filed = file();
        ProcessInstance pi = instance(filed);
        assertThatThrownBy(() -> complete(inbox, OFFICIAL, filed.processInstanceId(), "UserTask_ReviewReport",
                "BASICALLY_QUALIFIED", null)).isInstanceOf(PlatformException.class).hasMessageContaining("COMMENT_REQUIRED");

        complete(inbox, OFFICIAL, filed.processInstanceId(), "UserTask_ReviewReport", "BASICALLY_QUALIFIED",
                "财务报告未附审计意见");

        assertThat(pi).hasPassed("ServiceTask_PublishReport", "EndEvent_Published").isEnded();
        AnnualReport published = reports.get(OFFICIAL, filed.id());
        assertThat(published.outcome()).isEqualTo(ReviewOutcome.BASICALLY_QUALIFIED);
        assertThat(published.reviewOpinion()).isEqualTo("财务报告未附审计意见");
        assertThat(standing.reportsInOrder(org.creditCode(), year, year)).isTrue();
    }

    @Test
    void publishes_an_unqualified_report_which_leaves_the_reports_out_of_order() {
        AnnualReport filed = file();
        ProcessInstance pi = instance(filed);
        complete(inbox, OFFICIAL, filed.processInstanceId(), "UserTask_ReviewReport", "UNQUALIFIED",
                "未按章程召开理事会，财务收支严重不符");

        assertThat(pi).hasPassed("ServiceTask_PublishReport", "EndEvent_Published").isEnded();
        assertThat(reports.get(HOLDER, filed.id()).outcome()).isEqualTo(ReviewOutcome.UNQUALIFIED);
        assertThat(reports.published(org.creditCode())).singleElement()
                .satisfies(p -> assertThat(p.outcomeZh()).isEqualTo("不合格"));
        assertThat(standing.reportsInOrder(org.creditCode(), year, year)).isFalse();
    }

    @Test
    void returns_the_report_for_correction_and_pauses_the_review_clock_meanwhile() {
        AnnualReport filed = file();
        ProcessInstance pi = instance(filed);
        StatutoryClock started = clocks.find(filed.processInstanceId(), "annual-report-review").orElseThrow();
        assertThat(started.state()).isEqualTo(ClockState.RUNNING);

        complete(inbox, OFFICIAL, filed.processInstanceId(), "UserTask_ReviewReport", "RETURN", "请补充公益活动受益人数");

        assertThat(pi).isWaitingAt("UserTask_CorrectReport").task().isAssignedTo(HOLDER.id());
        AnnualReport returned = reports.get(HOLDER, filed.id());
        assertThat(returned.status()).isEqualTo(AnnualReportStatus.RETURNED);
        assertThat(returned.reviewOpinion()).isEqualTo("请补充公益活动受益人数");
        assertThat(clocks.find(filed.processInstanceId(), "annual-report-review").orElseThrow().state())
                .isEqualTo(ClockState.PAUSED);
        Job timer = management.createJobQuery().processInstanceId(filed.processInstanceId())
                .activityId("BoundaryEvent_ReviewOverdue").singleResult();
        assertThat(timer.isSuspended()).as("a paused clock's timer must not fire").isTrue();

        // implausible or malformed corrections are refused, and the task stays open
        assertThatThrownBy(() -> complete(inbox, HOLDER, filed.processInstanceId(), "UserTask_CorrectReport",
                new TaskDecision("RESUBMIT", null, Map.of("totalExpenses", -1))))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class).hasMessageContaining("totalExpenses");
        assertThatThrownBy(() -> complete(inbox, HOLDER, filed.processInstanceId(), "UserTask_CorrectReport",
                new TaskDecision("RESUBMIT", null, Map.of("publicWelfareExpenses", 2_000_000))))
                .isInstanceOf(PlatformException.class).hasMessageContaining("IMPLAUSIBLE_FIGURES");
        assertThatThrownBy(() -> complete(inbox, HOLDER, filed.processInstanceId(), "UserTask_CorrectReport",
                new TaskDecision("RESUBMIT", null, Map.of("totalIncom", 1))))
                .isInstanceOf(PlatformException.class).hasMessageContaining("UNKNOWN_FIELD");
        assertThat(pi).isWaitingAt("UserTask_CorrectReport");

        // the organization answers two weeks later
        AnnualReportScenario.today(LocalDate.of(year + 1, 3, 24));
        complete(inbox, HOLDER, filed.processInstanceId(), "UserTask_CorrectReport", new TaskDecision("RESUBMIT",
                "已补充", Map.of("publicWelfareActivities", "“青禾助学计划”资助困难家庭学生320名，受益人数320人")));

        assertThat(pi).hasPassedInOrder("UserTask_ReviewReport", "UserTask_CorrectReport")
                .isWaitingAt("UserTask_ReviewReport");
        AnnualReport corrected = reports.get(HOLDER, filed.id());
        assertThat(corrected.status()).isEqualTo(AnnualReportStatus.SUBMITTED);
        assertThat(corrected.corrections()).isEqualTo(1);
        assertThat(corrected.content().publicWelfareActivities()).contains("受益人数320人");
        assertThat(corrected.content().totalIncome()).isEqualByComparingTo(new BigDecimal("1200000"));
        StatutoryClock resumed = clocks.find(filed.processInstanceId(), "annual-report-review").orElseThrow();
        assertThat(resumed.state()).isEqualTo(ClockState.RUNNING);
        assertThat(resumed.dueOn()).as("the paused days do not count").isAfter(started.dueOn());
        Job moved = management.createJobQuery().jobId(timer.getId()).singleResult();
        assertThat(moved.isSuspended()).isFalse();
        assertThat(moved.getDuedate().toInstant()).isEqualTo(resumed.dueAt());

        complete(inbox, OFFICIAL, filed.processInstanceId(), "UserTask_ReviewReport", "QUALIFIED", null);
        assertThat(pi).hasPassed("EndEvent_Published").isEnded();
    }

    @Test
    void escalates_to_the_supervisor_when_the_review_limit_passes() {
        AnnualReport filed = file();
        ProcessInstance pi = instance(filed);
        StatutoryClock clock = clocks.find(filed.processInstanceId(), "annual-report-review").orElseThrow();
        Job overdue = management.createJobQuery().processInstanceId(filed.processInstanceId())
                .activityId("BoundaryEvent_ReviewOverdue").singleResult();
        assertThat(overdue.getDuedate().toInstant()).isEqualTo(clock.dueAt());

        ClockUtil.setCurrentTime(Date.from(clock.dueAt()));
        management.executeJob(overdue.getId());

        assertThat(pi).hasPassed("BoundaryEvent_ReviewOverdue")
                .isWaitingAt("UserTask_ReviewReport", "UserTask_SuperviseOverdueReview");
        complete(inbox, SUPERVISOR, filed.processInstanceId(), "UserTask_SuperviseOverdueReview", "ACKNOWLEDGE",
                "已督促经办人三日内完成审核");
        assertThat(pi).hasPassed("EndEvent_Supervised").isWaitingAt("UserTask_ReviewReport");
    }

    @Test
    void reminds_the_officials_before_the_review_limit() {
        AnnualReport filed = file();
        ProcessInstance pi = instance(filed);
        StatutoryClock clock = clocks.find(filed.processInstanceId(), "annual-report-review").orElseThrow();
        assertThat(clock.reminderAt()).as("annual-report-review reminds before its due date").isBefore(clock.dueAt());
        Job reminder = management.createJobQuery().processInstanceId(filed.processInstanceId())
                .activityId("BoundaryEvent_ReviewReminder").singleResult();
        assertThat(reminder).as("the review limit has a reminder timer").isNotNull();
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(clock.reminderAt());

        ClockUtil.setCurrentTime(Date.from(clock.reminderAt()));
        management.executeJob(reminder.getId());

        assertThat(pi).hasPassedInOrder("BoundaryEvent_ReviewReminder", "ServiceTask_SendReviewReminder",
                "EndEvent_ReviewReminderSent").hasNotPassed("UserTask_SuperviseOverdueReview")
                .isWaitingAt("UserTask_ReviewReport");
        assertThat(notices.mine(OFFICIAL)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(InboxNotices.DEADLINE_NEAR);
            assertThat(n.processInstanceId()).isEqualTo(filed.processInstanceId());
        });
    }
}

package org.socorg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.socorg.platform.annualreport.AnnualReport;
import org.socorg.platform.annualreport.AnnualReportFiling;
import org.socorg.platform.annualreport.AnnualReportService;
import org.socorg.platform.annualreport.AnnualReportStatus;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.organization.NewOrganization;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.organization.OrganizationScope;
import org.socorg.platform.organization.OrganizationType;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskInbox;
import org.socorg.platform.task.TaskSummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An applicant's task that no filing wizard answers, in a real headless Chromium signed in through Keycloak: the
 * authority returns an annual report for correction; 我的办事 lists the report with its status among the applications
 * and the correction among the to-dos; the correction opens in the step's own form filled in with what was filed,
 * the officer's reasons on top; the corrected report goes back to the authority. Another applicant opening the same
 * task's address learns nothing. axe-core finds no serious violation on 我的办事 and on the task's form.
 */
class ApplicantTasksBrowserIT extends BrowserSession {

    static final Caller HOLDER = new Caller("applicant1", "张三", Set.of(Groups.APPLICANTS), null);
    static final Caller OFFICIAL = new Caller("official1", "李四", Set.of(Groups.REGISTRATION_OFFICIALS), "110000");

    @Autowired OrganizationRegistry registry;
    @Autowired AnnualReportService reports;
    @Autowired TaskInbox inbox;

    @Override
    protected void configure(ChromeOptions options) {
        options.addArguments("--window-size=1280,1100");
        preferChinese(options);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void an_applicant_corrects_a_returned_annual_report_through_its_task_form() {
        Organization org = registry.register(new NewOrganization("北京市年报更正" + UUID.randomUUID().toString()
                .substring(0, 6).toUpperCase() + "基金会", OrganizationType.FOUNDATION, OrganizationScope.LOCAL,
                "110000", "北京市民政局", "王年报", new BigDecimal("4000000"), "北京市海淀区学院路1号", "资助困难学生",
                UUID.randomUUID().toString(), HOLDER.id(), "director1"));
        int year = org.foundedOn().getYear();
        // the report on a year can be filed from the next January: the engine's clock moves there
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(year + 1, 3, 10).atTime(10, 0)
                .atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
        AnnualReport filed = reports.file(HOLDER, new AnnualReportFiling(org.creditCode(), year,
                "全年资助困难学生320名，举办助学活动12场", new BigDecimal("1200000"), new BigDecimal("1000000"),
                new BigDecimal("850000"), new BigDecimal("4000000"), new BigDecimal("4200000"), 2, null,
                "“青禾助学计划”资助困难家庭学生320名"));
        TaskSummary review = inbox.myTasks(OFFICIAL).stream()
                .filter(t -> filed.processInstanceId().equals(t.processInstanceId())).findFirst().orElseThrow();
        inbox.claim(OFFICIAL, review.id());
        inbox.complete(OFFICIAL, review.id(), new TaskDecision("RETURN", "请补充公益活动受益人数", Map.of()));
        TaskSummary correction = inbox.myTasks(HOLDER).stream()
                .filter(t -> filed.processInstanceId().equals(t.processInstanceId())).findFirst().orElseThrow();

        signIn("applicant2");
        open("/workspace/task/" + correction.id());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-not-found")));
        assertThat(body()).doesNotContain(org.name(), "请补充公益活动受益人数");
        // a mistyped address: the platform's own page, not Vaadin's list of every route
        open("/workspace/applicnt");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-page")));
        assertThat(text("error-page")).contains("页面不存在", "返回一网通查");
        assertThat(body()).doesNotContain("Could not navigate", "Available routes", "workspace/admin");
        screenshot("applicant-task-00-page-not-found");
        signOut();

        signIn("applicant1");
        open("/workspace/applicant");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("applications"),
                "年度工作报告（" + year + "年度）：" + org.name()));
        assertThat(text("applications")).contains("退回修改");
        WebElement todo = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-" + filed.id())));
        assertThat(body()).contains("更正年度报告");
        screenshot("applicant-task-01-todos");
        assertNoSeriousViolations("applicant home with a task", "axe-applicant-home-with-a-task",
                "the applicant home with a task", VAADIN_GRID_SIZER);
        scrollIntoView(todo);
        clickFresh(By.id("answer-" + filed.id()));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-submit")));
        assertThat(text("officer-comment")).contains("请补充公益活动受益人数");
        WebElement summary = browser.findElement(By.id("field-workSummary")).findElement(By.tagName("textarea"));
        assertThat(summary.getAttribute("value")).isEqualTo("全年资助困难学生320名，举办助学活动12场");
        summary.sendKeys("，受益学生320名、家庭298户");
        screenshot("applicant-task-02-correction");
        assertNoSeriousViolations("applicant task form");
        clickFresh(By.id("task-submit"));
        wait.until(ExpectedConditions.urlContains("/workspace/applicant"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("applications"), "已报送，待审核"));
        screenshot("applicant-task-03-resubmitted");

        AnnualReport corrected = reports.get(HOLDER, filed.id());
        assertThat(corrected.status()).isEqualTo(AnnualReportStatus.SUBMITTED);
        assertThat(corrected.corrections()).isEqualTo(1);
        assertThat(corrected.content().workSummary()).endsWith("受益学生320名、家庭298户");
        signOut();
    }
}

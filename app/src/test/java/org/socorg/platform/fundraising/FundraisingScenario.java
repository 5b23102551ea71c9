package org.socorg.platform.fundraising;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.socorg.platform.credit.CreditList;
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
import org.springframework.jdbc.core.JdbcTemplate;

/** Organizations in the states the fundraising flows need, set up through the registry and plain SQL. */
public final class FundraisingScenario {

    public static final Caller APPLICANT = new Caller("applicant1", "张三", Set.of(Groups.APPLICANTS), null);
    public static final Caller OTHER_APPLICANT = new Caller("applicant2", "赵六", Set.of(Groups.APPLICANTS), null);
    public static final Caller OFFICIAL = new Caller("official1", "李四", Set.of(Groups.REGISTRATION_OFFICIALS), "110000");
    public static final Caller DIRECTOR = new Caller("director1", "王五", Set.of(Groups.REGISTRATION_DIRECTORS), "110000");
    public static final Caller SUPERVISOR = new Caller("supervisor1", "钱七", Set.of(Groups.REGISTRATION_SUPERVISORS),
            "110000");
    public static final Caller SHANGHAI_DIRECTOR = new Caller("official-sh", "孙八",
            Set.of(Groups.REGISTRATION_OFFICIALS, Groups.REGISTRATION_DIRECTORS), "310000");

    private FundraisingScenario() {
    }

    /** Claims (when offered) and completes the caller's task at the given step. */
    public static void complete(TaskInbox inbox, Caller caller, String processInstanceId, String taskKey,
            String outcome, String comment) {
        complete(inbox, caller, processInstanceId, taskKey, new TaskDecision(outcome, comment, Map.of()));
    }

    public static void complete(TaskInbox inbox, Caller caller, String processInstanceId, String taskKey,
            TaskDecision decision) {
        TaskSummary task = task(inbox, caller, processInstanceId, taskKey);
        if (task.assignee() == null) {
            inbox.claim(caller, task.id());
        }
        inbox.complete(caller, task.id(), decision);
    }

    public static TaskSummary task(TaskInbox inbox, Caller caller, String processInstanceId, String taskKey) {
        return inbox.myTasks(caller).stream()
                .filter(t -> t.processInstanceId().equals(processInstanceId) && t.taskDefinitionKey().equals(taskKey))
                .findFirst()
                .orElseThrow(() -> new AssertionError(caller.id() + " has no task " + taskKey + " in " + processInstanceId));
    }

    /** A Beijing foundation held by {@code accountHolder}, founded on the given day, not (yet) a charity. */
    public static Organization foundation(OrganizationRegistry registry, JdbcTemplate jdbc, String accountHolder,
            String divisionCode, LocalDate foundedOn) {
        // 12 hex digits: with 6, two of the suite's few hundred foundations once drew the same name (NAME_TAKEN)
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        Organization org = registry.register(new NewOrganization("青禾" + suffix + "慈善基金会",
                OrganizationType.FOUNDATION, OrganizationScope.LOCAL, divisionCode, null, "王青禾",
                new BigDecimal("4000000"), "北京市海淀区学院路1号", "资助家庭经济困难学生", null, accountHolder,
                "official1"));
        jdbc.update("UPDATE organization SET founded_on = ? WHERE credit_code = ?", Date.valueOf(foundedOn),
                org.creditCode());
        return registry.getByCreditCode(org.creditCode());
    }

    /** A recognized charity with accepted annual reports for every year from its founding to {@code lastReportYear}. */
    public static Organization charity(OrganizationRegistry registry, JdbcTemplate jdbc, String accountHolder,
            String divisionCode, LocalDate foundedOn, int lastReportYear) {
        Organization org = foundation(registry, jdbc, accountHolder, divisionCode, foundedOn);
        for (int year = foundedOn.getYear(); year <= lastReportYear; year++) {
            acceptedReport(jdbc, org.creditCode(), year);
        }
        return registry.recognizeAsCharity(org.creditCode());
    }

    public static void acceptedReport(JdbcTemplate jdbc, String creditCode, int year) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                INSERT INTO annual_report (credit_code, report_year, status, outcome, created_at, updated_at)
                VALUES (?, ?, 'ACCEPTED', 'QUALIFIED', ?, ?)""", creditCode, year, now, now);
    }

    /** Gives a charity a valid qualification directly (the qualification process is tested on its own). */
    public static String qualify(JdbcTemplate jdbc, Organization org) {
        String certificate = org.divisionCode() + "-PF-TEST-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("""
                INSERT INTO fundraising_qualification (credit_code, certificate_number, application_id, division_code,
                  granted_on, granted_by, created_at)
                VALUES (?, ?, ?, ?, ?, 'director1', ?)""", org.creditCode(), certificate,
                UUID.randomUUID().toString(), org.divisionCode(), Date.valueOf(LocalDate.of(2026, 1, 5)),
                Timestamp.from(Instant.now()));
        jdbc.update("UPDATE organization SET public_fundraising = TRUE WHERE credit_code = ?", org.creditCode());
        return certificate;
    }

    /** Lists the organization on a credit list, as the credit flow's table holds it. */
    public static void list(JdbcTemplate jdbc, String creditCode, CreditList list, String reasonCode,
            LocalDate listedOn) {
        jdbc.update("""
                INSERT INTO credit_listing (credit_code, list_type, reason_code, reason, legal_basis, division_code,
                  listed_on, listed_by, source, removed_on, created_at)
                VALUES (?, ?, ?, '未按时报送年度工作报告', '《社会组织信用信息管理办法》', '110000', ?, 'official1',
                  'test', NULL, ?)""",
                creditCode, list.name(), reasonCode, Date.valueOf(listedOn), Timestamp.from(Instant.now()));
    }

    /** Removes the organization's listings in force on that list, as the credit flow does on removal. */
    public static void removeListings(JdbcTemplate jdbc, String creditCode, CreditList list, LocalDate removedOn) {
        jdbc.update("""
                UPDATE credit_listing SET removed_on = ?, removal_reason = '已补报年度报告', removed_by = 'official1'
                WHERE credit_code = ? AND list_type = ? AND removed_on IS NULL""",
                Date.valueOf(removedOn), creditCode, list.name());
    }
}

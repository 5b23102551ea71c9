package org.socorg.platform.evaluation;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.organization.NewOrganization;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.organization.OrganizationScope;
import org.socorg.platform.organization.OrganizationType;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskInbox;
import org.springframework.jdbc.core.JdbcTemplate;

/** Organizations, people and steps the evaluation tests share. */
public final class EvaluationScenario {

    public static final Caller APPLICANT = new Caller("applicant1", "张三", Set.of(Groups.APPLICANTS), "110000");
    public static final Caller OTHER_APPLICANT = new Caller("applicant2", "赵六", Set.of(Groups.APPLICANTS), "110000");
    public static final Caller OFFICIAL = new Caller("official1", "李四", Set.of(Groups.REGISTRATION_OFFICIALS), "110000");
    public static final Caller DIRECTOR = new Caller("director1", "王五", Set.of(Groups.REGISTRATION_DIRECTORS), "110000");
    public static final Caller SUPERVISOR = new Caller("supervisor1", "钱七", Set.of(Groups.REGISTRATION_SUPERVISORS), "110000");
    public static final Caller EXPERT1 = new Caller("expert1", "郑评", Set.of(Groups.EXPERTS), "110000");
    public static final Caller EXPERT2 = new Caller("expert2", "王评", Set.of(Groups.EXPERTS), "110000");
    public static final Caller EXPERT3 = new Caller("expert3", "刘评", Set.of(Groups.EXPERTS), "110000");
    public static final Caller SHANGHAI_EXPERT = new Caller("expert-sh", "何评", Set.of(Groups.EXPERTS), "310000");
    public static final List<String> PANEL = List.of("expert1", "expert2", "expert3");

    private EvaluationScenario() {
    }

    /**
     * A Beijing foundation held by applicant1, founded {@code yearsAgo} years before {@code today}, with accepted
     * annual reports for the years from its founding up to last year.
     */
    public static Organization organization(OrganizationRegistry registry, JdbcTemplate jdbc, LocalDate today,
            int yearsAgo) {
        String name = "北京市评估" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "基金会";
        Organization org = registry.register(new NewOrganization(name, OrganizationType.FOUNDATION,
                OrganizationScope.LOCAL, "110000", "北京市民政局", "林评估", new BigDecimal("4000000"),
                "北京市东城区评估路1号", "资助公益项目", UUID.randomUUID().toString(), APPLICANT.id(), "director1"));
        LocalDate founded = today.minusYears(yearsAgo).minusDays(10);
        jdbc.update("UPDATE organization SET founded_on = ? WHERE credit_code = ?", Date.valueOf(founded),
                org.creditCode());
        Timestamp now = Timestamp.from(Instant.now());
        for (int year = founded.getYear(); year < today.getYear(); year++) {
            jdbc.update("""
                    INSERT INTO annual_report (credit_code, report_year, status, outcome, created_at, updated_at)
                    VALUES (?, ?, 'ACCEPTED', 'QUALIFIED', ?, ?)""", org.creditCode(), year, now, now);
        }
        return registry.getByCreditCode(org.creditCode());
    }

    public static void listSeriouslyDishonest(JdbcTemplate jdbc, String creditCode, LocalDate on) {
        jdbc.update("""
                INSERT INTO credit_listing (credit_code, list_type, reason_code, reason, legal_basis, division_code,
                  listed_on, listed_by, source, created_at)
                VALUES (?, 'SERIOUS_DISHONESTY', 'FINE_50000_OR_MORE', '被处5万元以上罚款', '《社会组织信用信息管理办法》第十一条',
                  '110000', ?, 'official1', 'test', ?)""", creditCode, Date.valueOf(on), Timestamp.from(Instant.now()));
    }

    public static EvaluationRequest request(String creditCode) {
        return new EvaluationRequest(creditCode, new SelfAssessment(90, 300, 340, 120,
                "近三年资助困难学生1200名，理事会按章程换届，财务审计无保留意见。"));
    }

    /** Scores that total {@code 4 × each}-ish: basic, governance, performance, social. */
    public static Map<String, Object> scores(int basic, int governance, int performance, int social) {
        return Map.of("basicConditions", basic, "internalGovernance", governance, "workPerformance", performance,
                "socialEvaluation", social);
    }

    /** Claims (when offered) and completes the caller's task of that key in the case. */
    public static void complete(TaskInbox inbox, TaskService tasks, Caller caller, String processInstanceId,
            String taskKey, String outcome, String comment, Map<String, Object> data) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list()
                .stream().filter(t -> t.getAssignee() == null || t.getAssignee().equals(caller.id())).findFirst()
                .orElseThrow(() -> new AssertionError("no open " + taskKey + " for " + caller.id()));
        inbox.claim(caller, task.getId());
        inbox.complete(caller, task.getId(), new TaskDecision(outcome, comment, data));
    }
}

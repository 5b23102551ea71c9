package org.socorg.platform.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.socorg.platform.support.MariaDbSupport;

/**
 * Part B: the same BPMN on bare Camunda. A plain {@link StandaloneProcessEngineConfiguration} (no Spring) on its
 * own fresh MariaDB database, configured like the platform's engine where the engine's own work is concerned
 * (MySQL dialect, full history, history time to live P180D, job executor off, READ COMMITTED, a Hikari pool of
 * the size Spring Boot gives the platform, and the UUID id generator the Spring Boot starter uses by default),
 * with no-op delegates and a statutory clock that answers fixed dates. What is left is the engine's own cost.
 */
public final class BareCamundaDriver implements CaseDriver {

    static final String BPMN = "processes/registration/registration-establishment.bpmn";
    static final String[] DMN = {"processes/registration/registration-name-rules.dmn",
        "processes/registration/registration-requirements.dmn"};
    /** Far beyond any run: the boundary timers are created but never due. */
    static final Date FAR_FUTURE = Date.from(Instant.parse("2099-12-31T16:00:00Z"));

    private final HikariDataSource pool;
    private final ProcessEngine engine;
    private final TaskService tasks;
    private final SqlMeter meter;

    private BareCamundaDriver(HikariDataSource pool, ProcessEngine engine, SqlMeter meter) {
        this.pool = pool;
        this.engine = engine;
        this.tasks = engine.getTaskService();
        this.meter = meter;
    }

    /** @param meter counts the SQL, or {@code null} for an unwrapped pool */
    static BareCamundaDriver start(MariaDbSupport.Database db, SqlMeter meter) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("bare-camunda");
        hikari.setJdbcUrl(db.url());
        hikari.setUsername(db.user());
        hikari.setPassword(db.password());
        hikari.setDriverClassName("com.mysql.cj.jdbc.Driver");
        // Camunda refuses REPEATABLE READ on MySQL/MariaDB (ENGINE-12019); the platform sets the same.
        hikari.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        hikari.setMaximumPoolSize(10); // Spring Boot's default for the platform's pool
        HikariDataSource pool = new HikariDataSource(hikari);

        Map<Object, Object> beans = new HashMap<>();
        beans.put("checkRegistrationRequirements", new RequirementsMet());
        beans.put("registerOrganization", new NoOp());
        beans.put("finishApplication", new NoOp());
        beans.put("sendDeadlineReminder", new NoOp());
        beans.put("statutoryClock", new FixedStatutoryClock());

        ProcessEngineConfigurationImpl config = new StandaloneProcessEngineConfiguration();
        config.setProcessEngineName("bare-camunda-bench");
        config.setDataSource(meter == null ? pool : meter.wrap(pool));
        config.setDatabaseType("mysql");
        config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        config.setJobExecutorActivate(false);
        config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        config.setHistoryTimeToLive("P180D");
        config.setIdGenerator(new StrongUuidGenerator());
        config.setBeans(beans);
        ProcessEngine engine = config.buildProcessEngine();

        var deployment = engine.getRepositoryService().createDeployment().name("bench")
                .addClasspathResource(BPMN);
        for (String dmn : DMN) {
            deployment.addClasspathResource(dmn);
        }
        deployment.deploy();
        return new BareCamundaDriver(pool, engine, meter);
    }

    @Override
    public String label() {
        return "bare Camunda";
    }

    @Override
    public SqlMeter meter() {
        return meter;
    }

    @Override
    public String submit(int caseNo) {
        String applicationId = "bench-%06d".formatted(caseNo);
        return engine.getRuntimeService().startProcessInstanceByKey(PlatformDriver.PROCESS_KEY, applicationId,
                startVariables(applicationId, PlatformDriver.organizationName(caseNo))).getProcessInstanceId();
    }

    /** What RegistrationService starts the process with. */
    static Map<String, Object> startVariables(String applicationId, String organizationName) {
        return Map.of("applicationId", applicationId,
                "applicantId", "applicant1",
                "divisionCode", "110000",
                "orgType", "FOUNDATION",
                "organizationName", organizationName);
    }

    @Override
    public void complete(String processInstanceId, Step step) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        if (task == null || !step.taskKey.equals(task.getTaskDefinitionKey())) {
            throw new IllegalStateException("Case " + processInstanceId + " should wait at " + step.taskKey
                    + " but has task " + (task == null ? "none" : task.getTaskDefinitionKey()));
        }
        tasks.claim(task.getId(), step.caller.id());
        tasks.complete(task.getId(), variables(step));
    }

    /** What the platform's EstablishmentTaskHandler sets for the outcome of each step. */
    static Map<String, Object> variables(Step step) {
        Map<String, Object> v = new HashMap<>();
        switch (step) {
            case ACCEPT -> v.put("acceptanceOutcome", step.outcome);
            case REVIEW -> {
                v.put("reviewRecommendation", step.outcome);
                v.put("reviewOpinion", null);
            }
            case DECIDE -> {
                v.put("decision", step.outcome);
                v.put("decidedBy", step.caller.id());
            }
            default -> throw new IllegalArgumentException(step.name());
        }
        return v;
    }

    @Override
    public List<String> verify(int cases) {
        return PlatformDriver.verifyEnded("bare Camunda", engine.getHistoryService(), engine.getRuntimeService(),
                cases);
    }

    @Override
    public void close() {
        engine.close();
        pool.close();
    }

    /** {@code ${checkRegistrationRequirements}}: no rules, every case passes. */
    public static final class RequirementsMet implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable("requirementsMet", true);
        }
    }

    /** {@code ${registerOrganization}}, {@code ${finishApplication}}, {@code ${sendDeadlineReminder}}. */
    public static final class NoOp implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            // nothing: the engine's own cost is what part B measures
        }
    }

    /** {@code ${statutoryClock}}: fixed dates far in the future; pausing, resuming and stopping do nothing. */
    public static final class FixedStatutoryClock {
        public Date dueAt(DelegateExecution execution, String ruleKey) {
            return FAR_FUTURE;
        }

        public Date reminderAt(DelegateExecution execution, String ruleKey) {
            return FAR_FUTURE;
        }

        public void pause(DelegateExecution execution, String ruleKey) {
        }

        public void resume(DelegateExecution execution, String ruleKey) {
        }

        public void stop(DelegateExecution execution, String ruleKey) {
        }
    }
}

package org.socorg.platform.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.organization.CreditCode;
import org.socorg.platform.registration.RegistrationApplication;
import org.socorg.platform.registration.RegistrationScenario;
import org.socorg.platform.registration.RegistrationService;
import org.socorg.platform.support.MariaDbSupport;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskInbox;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Part A: the platform as its users drive it. The Spring context of {@link TestPlatformApplication} (profiles
 * {@code test} and {@code mysql}, no web server, job executor off) on a fresh MariaDB database; each case is
 * filed with {@link RegistrationService#submitEstablishment} and its tasks are claimed and completed through
 * {@link TaskInbox}, so every handler, delegate, statutory clock and DMN check runs as in production.
 */
final class PlatformDriver implements CaseDriver {

    static final String PROCESS_KEY = "registration-establishment";
    static final String END_EVENT = "EndEvent_Registered";

    private final ConfigurableApplicationContext context;
    private final SqlMeter meter;
    private final RegistrationService registrations;
    private final TaskInbox inbox;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final JdbcTemplate jdbc;
    /** Only for the what-if view: claims and completes through {@link LeanTaskInbox} instead. */
    private final LeanTaskInbox lean;
    private final int caseOffset;

    private PlatformDriver(ConfigurableApplicationContext context, SqlMeter meter) {
        this.context = context;
        this.meter = meter;
        this.registrations = context.getBean(RegistrationService.class);
        this.inbox = context.getBean(TaskInbox.class);
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        this.tasks = engine.getTaskService();
        this.runtime = engine.getRuntimeService();
        this.history = engine.getHistoryService();
        this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        this.lean = null;
        this.caseOffset = 0;
    }

    private PlatformDriver(PlatformDriver platform, SqlMeter meter) {
        this.context = platform.context;
        this.meter = meter;
        this.registrations = platform.registrations;
        this.inbox = platform.inbox;
        this.tasks = platform.tasks;
        this.runtime = platform.runtime;
        this.history = platform.history;
        this.jdbc = platform.jdbc;
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        this.lean = new LeanTaskInbox(context, tasks, runtime, engine.getRepositoryService());
        this.caseOffset = 500_000;
    }

    /**
     * WHAT-IF: the same platform and database, with claim and complete going through {@link LeanTaskInbox};
     * its cases are numbered from 500000 so their names never clash with the real run's. It shares the
     * platform's pool and meter (the harness runs and records one phase at a time). Closing it does nothing.
     */
    PlatformDriver withLeanInbox() {
        return new PlatformDriver(this, meter);
    }

    /** @param meter counts the SQL, or {@code null} for an unwrapped pool */
    static PlatformDriver start(MariaDbSupport.Database db, SqlMeter meter) {
        // Command-line arguments: they outrank application.yml (the builder's properties() would not).
        String[] args = {
            "--spring.datasource.url=" + db.url(),
            "--spring.datasource.username=" + db.user(),
            "--spring.datasource.password=" + db.password(),
            "--spring.datasource.driver-class-name=com.mysql.cj.jdbc.Driver",
            "--spring.main.web-application-type=none",
            "--camunda.bpm.job-execution.enabled=false",
        };
        SpringApplicationBuilder app = new SpringApplicationBuilder(TestPlatformApplication.class)
                .profiles("test", "mysql")
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false);
        if (meter != null) {
            app.initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    // The one pool every component uses (MyBatis, Camunda, Flyway, Spring's transactions).
                    return bean instanceof DataSource ds && name.equals("dataSource") ? meter.wrap(ds) : bean;
                }
            }));
        }
        ConfigurableApplicationContext context = app.run(args);
        long deployed = context.getBean(ProcessEngine.class).getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS_KEY).count();
        if (deployed == 0) {
            context.close();
            // Seen when config/processes come from ~/.m2 as installed by another checkout (e.g. one whose
            // application.yml turns auto-deployment off in favour of code this checkout lacks).
            throw new IllegalStateException("The platform started but deployed no '" + PROCESS_KEY + "'. Are the"
                    + " config/processes modules on the classpath from another checkout (~/.m2)? Run with -am.");
        }
        return new PlatformDriver(context, meter);
    }

    @Override
    public String label() {
        return lean == null ? "platform" : "what-if lean";
    }

    @Override
    public SqlMeter meter() {
        return meter;
    }

    static String organizationName(int caseNo) {
        return "北京市基准测试第%06d号助学基金会".formatted(caseNo);
    }

    @Override
    public String submit(int caseNo) {
        RegistrationApplication app = registrations.submitEstablishment(RegistrationScenario.APPLICANT,
                RegistrationScenario.foundation(organizationName(caseOffset + caseNo)));
        return app.processInstanceId();
    }

    @Override
    public void complete(String processInstanceId, Step step) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        if (task == null || !step.taskKey.equals(task.getTaskDefinitionKey())) {
            throw new IllegalStateException("Case " + processInstanceId + " should wait at " + step.taskKey
                    + " but has task " + (task == null ? "none" : task.getTaskDefinitionKey()));
        }
        TaskDecision decision = new TaskDecision(step.outcome, null, Map.of());
        if (lean == null) {
            inbox.claim(step.caller, task.getId());
            inbox.complete(step.caller, task.getId(), decision);
        } else {
            lean.claim(step.caller, task.getId());
            lean.complete(step.caller, task.getId(), decision);
        }
    }

    @Override
    public List<String> verify(int cases) {
        List<String> problems = new ArrayList<>();
        long filed = count("SELECT COUNT(*) FROM registration_application");
        long approved = count("SELECT COUNT(*) FROM registration_application WHERE status = 'APPROVED'"
                + " AND credit_code IS NOT NULL AND organization_id IS NOT NULL");
        long organizations = count("SELECT COUNT(*) FROM organization WHERE status = 'ACTIVE'");
        if (filed != cases || approved != cases || organizations != cases) {
            problems.add("platform: %d cases run, %d applications filed, %d APPROVED with a credit code, %d active organizations"
                    .formatted(cases, filed, approved, organizations));
        }
        List<String> codes = jdbc.queryForList("SELECT credit_code FROM registration_application"
                + " WHERE credit_code IS NOT NULL", String.class);
        long invalid = codes.stream().filter(c -> !CreditCode.check(c).valid()).count();
        if (invalid > 0) {
            problems.add("platform: %d of %d credit codes are not valid".formatted(invalid, codes.size()));
        }
        problems.addAll(verifyEnded("platform", history, runtime, cases));
        return problems;
    }

    static List<String> verifyEnded(String side, HistoryService history, RuntimeService runtime, int cases) {
        List<String> problems = new ArrayList<>();
        long running = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
        List<HistoricProcessInstance> all = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY).list();
        long registered = all.stream().filter(p -> p.getEndTime() != null && END_EVENT.equals(p.getEndActivityId()))
                .count();
        if (all.size() != cases || registered != cases || running != 0) {
            problems.add("%s: %d cases run, %d process instances, %d ended at %s, %d still running"
                    .formatted(side, cases, all.size(), registered, END_EVENT, running));
        }
        return problems;
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    @Override
    public void close() {
        if (lean == null) {
            context.close();
        }
    }
}

package org.socorg.platform.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.calendar.process.StatutoryClockExpressions;
import org.socorg.platform.organization.CreditCode;
import org.socorg.platform.registration.RegistrationApplication;
import org.socorg.platform.registration.RegistrationScenario;
import org.socorg.platform.audit.internal.LogAppender;
import org.socorg.platform.registration.RegistrationService;
import org.socorg.platform.support.MariaDbSupport;
import org.socorg.platform.task.OpenTask;
import org.socorg.platform.task.TaskCompletionHandler;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskInbox;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Part A: the platform as its users drive it. The Spring context of {@link TestPlatformApplication} (profiles
 * {@code test} and {@code mysql}, no web server, job executor off) on a fresh MariaDB database; each case is
 * filed with {@link RegistrationService#submitEstablishment} and its tasks are claimed and completed through
 * {@link TaskInbox}, so every handler, delegate, statutory clock and DMN check runs as in production.
 *
 * <p>For {@code -Dbench.variants=...} the same context also serves <em>variants</em>, views of the platform with
 * one part replaced, to measure what that part costs (the difference to the platform row). They share the
 * database and the engine; a variant's switches are set before each of its phases, so phases must not overlap.
 * The delegate beans are wrapped in switches only when variants are asked for; the platform row of a run
 * without variants is exactly the application as built.
 */
final class PlatformDriver implements CaseDriver {

    static final String PROCESS_KEY = "registration-establishment";
    static final String END_EVENT = "EndEvent_Registered";

    /** How a variant claims and completes tasks. */
    enum Inbox {
        /** {@link TaskInbox}, the real one. */
        REAL,
        /** No inbox: TaskService.claim, then the feature's handler and TaskService.complete in one transaction. */
        DIRECT,
        /** No platform code at all: TaskService with the variables bare Camunda gets (also for starting). */
        ENGINE
    }

    /** A view of the platform with some parts replaced by the bare side's stand-ins. */
    record Variant(String key, String label, Inbox inbox, boolean stubRules, boolean stubClock,
            boolean stubRegistry, boolean unsealed) {

        boolean filesApplication() {
            return inbox != Inbox.ENGINE;
        }
    }

    static final Variant PLATFORM = new Variant("platform", "platform", Inbox.REAL, false, false, false, false);
    static final List<Variant> VARIANTS = List.of(
            new Variant("noaudit", "no audit seal", Inbox.REAL, false, false, false, true),
            new Variant("noinbox", "no inbox", Inbox.DIRECT, false, false, false, false),
            new Variant("norules", "no DMN check", Inbox.REAL, true, false, false, false),
            new Variant("noclock", "no stat.clock", Inbox.REAL, false, true, false, false),
            new Variant("noregistry", "no registry", Inbox.REAL, false, false, true, false),
            new Variant("engine", "engine only", Inbox.ENGINE, true, true, true, true));

    /** Everything the views of one context share. */
    private static final class Shared {
        ConfigurableApplicationContext context;
        SqlMeter meter;
        RegistrationService registrations;
        TaskInbox inbox;
        TaskService tasks;
        RuntimeService runtime;
        HistoryService history;
        JdbcTemplate jdbc;
        TransactionTemplate tx;
        Map<String, TaskCompletionHandler> handlers;
        /** What the current phase replaces; read by the switch beans. */
        volatile Variant current = PLATFORM;
        final Map<String, String> applicationIds = new ConcurrentHashMap<>();
        final AtomicInteger submitted = new AtomicInteger();
        final AtomicInteger filed = new AtomicInteger();
        final AtomicInteger toApprove = new AtomicInteger();
    }

    private final Shared shared;
    private final Variant variant;
    private final int caseOffset;

    private PlatformDriver(Shared shared, Variant variant, int caseOffset) {
        this.shared = shared;
        this.variant = variant;
        this.caseOffset = caseOffset;
    }

    /**
     * @param meter counts the SQL, or {@code null} for an unwrapped pool
     * @param switchable wrap the delegates and the statutory clock so that variants can replace them
     */
    static PlatformDriver start(MariaDbSupport.Database db, SqlMeter meter, boolean switchable) {
        Shared shared = new Shared();
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
        if (meter != null || switchable) {
            app.initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (meter != null && bean instanceof DataSource ds && name.equals("dataSource")) {
                        // The one pool every component uses (MyBatis, Camunda, Flyway, Spring's transactions).
                        return meter.wrap(ds);
                    }
                    if (!switchable) {
                        return bean;
                    }
                    return switch (name) {
                        case "checkRegistrationRequirements" -> new SwitchDelegate((JavaDelegate) bean,
                                new BareCamundaDriver.RequirementsMet(), shared, Variant::stubRules);
                        case "registerOrganization" -> new SwitchDelegate((JavaDelegate) bean,
                                new BareCamundaDriver.NoOp(), shared, Variant::stubRegistry);
                        case "statutoryClock" -> new SwitchClock((StatutoryClockExpressions) bean,
                                () -> shared.current.stubClock());
                        default -> bean;
                    };
                }
            }));
        }
        ConfigurableApplicationContext context = app.run(args);
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        long deployed = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS_KEY).count();
        if (deployed == 0) {
            context.close();
            // Seen when config/processes come from ~/.m2 as installed by another checkout (e.g. one whose
            // application.yml turns auto-deployment off in favour of code this checkout lacks).
            throw new IllegalStateException("The platform started but deployed no '" + PROCESS_KEY + "'. Are the"
                    + " config/processes modules on the classpath from another checkout (~/.m2)? Run with -am.");
        }
        shared.context = context;
        shared.meter = meter;
        shared.registrations = context.getBean(RegistrationService.class);
        shared.inbox = context.getBean(TaskInbox.class);
        shared.tasks = engine.getTaskService();
        shared.runtime = engine.getRuntimeService();
        shared.history = engine.getHistoryService();
        shared.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        shared.tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        shared.handlers = context.getBeansOfType(TaskCompletionHandler.class).values().stream()
                .collect(Collectors.toMap(TaskCompletionHandler::processDefinitionKey, h -> h));
        return new PlatformDriver(shared, PLATFORM, 0);
    }

    /**
     * A variant on the same context and database; its cases are numbered from {@code 100000 * (index + 1)} so
     * that names never clash with the platform's. Closing it does nothing.
     */
    PlatformDriver variant(Variant v) {
        return new PlatformDriver(shared, v, 100_000 * (VARIANTS.indexOf(v) + 1));
    }

    @Override
    public String label() {
        return variant.label();
    }

    @Override
    public SqlMeter meter() {
        return shared.meter;
    }

    @Override
    public void prepare() {
        shared.current = variant;
        shared.context.getBean(LogAppender.class).sealing(!variant.unsealed());
    }

    static String organizationName(int caseNo) {
        return "北京市基准测试第%06d号助学基金会".formatted(caseNo);
    }

    @Override
    public String submit(int caseNo) {
        int no = caseOffset + caseNo;
        String processInstanceId;
        if (variant.filesApplication()) {
            RegistrationApplication app = shared.registrations.submitEstablishment(RegistrationScenario.APPLICANT,
                    RegistrationScenario.foundation(organizationName(no)));
            processInstanceId = app.processInstanceId();
            shared.applicationIds.put(processInstanceId, app.id());
            shared.filed.incrementAndGet();
            if (!variant.stubRegistry()) {
                shared.toApprove.incrementAndGet();
            }
        } else {
            String applicationId = "engine-only-%06d".formatted(no);
            processInstanceId = shared.runtime.startProcessInstanceByKey(PROCESS_KEY, applicationId,
                    BareCamundaDriver.startVariables(applicationId, organizationName(no))).getProcessInstanceId();
        }
        shared.submitted.incrementAndGet();
        return processInstanceId;
    }

    @Override
    public void complete(String processInstanceId, Step step) {
        Task task = shared.tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        if (task == null || !step.taskKey.equals(task.getTaskDefinitionKey())) {
            throw new IllegalStateException("Case " + processInstanceId + " should wait at " + step.taskKey
                    + " but has task " + (task == null ? "none" : task.getTaskDefinitionKey()));
        }
        TaskDecision decision = new TaskDecision(step.outcome, null, Map.of());
        switch (variant.inbox()) {
            case REAL -> {
                shared.inbox.claim(step.caller, task.getId());
                shared.inbox.complete(step.caller, task.getId(), decision);
            }
            case DIRECT -> {
                shared.tasks.claim(task.getId(), step.caller.id());
                OpenTask open = new OpenTask(task.getId(), task.getTaskDefinitionKey(), PROCESS_KEY,
                        processInstanceId, shared.applicationIds.get(processInstanceId));
                shared.tx.executeWithoutResult(status -> shared.tasks.complete(task.getId(),
                        shared.handlers.get(PROCESS_KEY).complete(open, step.caller, decision)));
            }
            case ENGINE -> {
                shared.tasks.claim(task.getId(), step.caller.id());
                shared.tasks.complete(task.getId(), BareCamundaDriver.variables(step));
            }
            default -> throw new IllegalStateException(variant.inbox().name());
        }
    }

    /** Checks every case any view of this context ran; {@code cases} is what the harness counted. */
    @Override
    public List<String> verify(int cases) {
        List<String> problems = new ArrayList<>();
        if (shared.submitted.get() != cases) {
            problems.add("platform: the harness ran %d cases, the platform started %d"
                    .formatted(cases, shared.submitted.get()));
        }
        long filed = count("SELECT COUNT(*) FROM registration_application");
        long approved = count("SELECT COUNT(*) FROM registration_application WHERE status = 'APPROVED'"
                + " AND credit_code IS NOT NULL AND organization_id IS NOT NULL");
        long organizations = count("SELECT COUNT(*) FROM organization WHERE status = 'ACTIVE'");
        int expectFiled = shared.filed.get();
        int expectApproved = shared.toApprove.get();
        if (filed != expectFiled || approved != expectApproved || organizations != expectApproved) {
            problems.add(("platform: %d applications filed (expected %d), %d APPROVED with a credit code and %d"
                    + " active organizations (expected %d)").formatted(filed, expectFiled, approved, organizations,
                    expectApproved));
        }
        List<String> codes = shared.jdbc.queryForList("SELECT credit_code FROM registration_application"
                + " WHERE credit_code IS NOT NULL", String.class);
        long invalid = codes.stream().filter(c -> !CreditCode.check(c).valid()).count();
        if (invalid > 0) {
            problems.add("platform: %d of %d credit codes are not valid".formatted(invalid, codes.size()));
        }
        problems.addAll(verifyEnded("platform", shared.history, shared.runtime, shared.submitted.get()));
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
        Long n = shared.jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    @Override
    public void close() {
        if (variant == PLATFORM) {
            shared.context.close();
        }
    }

    /** A delegate that is the platform's own or the bare side's stand-in, as the current variant says. */
    static final class SwitchDelegate implements JavaDelegate {
        private final JavaDelegate real;
        private final JavaDelegate stub;
        private final Shared shared;
        private final java.util.function.Predicate<Variant> stubbed;

        SwitchDelegate(JavaDelegate real, JavaDelegate stub, Shared shared, java.util.function.Predicate<Variant> stubbed) {
            this.real = real;
            this.stub = stub;
            this.shared = shared;
            this.stubbed = stubbed;
        }

        @Override
        public void execute(DelegateExecution execution) throws Exception {
            (stubbed.test(shared.current) ? stub : real).execute(execution);
        }
    }
}

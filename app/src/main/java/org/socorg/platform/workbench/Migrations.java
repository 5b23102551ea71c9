package org.socorg.platform.workbench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.shared.PlatformException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running cases between versions of a process with Camunda's migration API (whose screens are Enterprise-only
 * in Camunda 7): the generated plan (equal activity ids map to each other), edited by the analyst, a dry run that
 * says per case what would happen without changing anything, and the migration itself, one case per transaction
 * so one case the engine refuses does not hold back the others. Rolling back is migrating back with source and
 * target swapped, where the engine allows it.
 */
@Service
public class Migrations {

    /** More cases than this are moved in several requests, so one request never holds the engine for long. */
    static final int MAX_INSTANCES_PER_REQUEST = 500;

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    Migrations(@Lazy RuntimeService runtime, @Lazy RepositoryService repository, @Lazy IdentityService identity,
            PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
        this.runtime = runtime;
        this.repository = repository;
        this.identity = identity;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    /**
     * The plan between two versions: the given instructions, or, when there are none, the engine's generated one
     * (activities with equal ids, event triggers updated).
     */
    public MigrationPlanView plan(Caller caller, String sourceDefinitionId, String targetDefinitionId,
            List<MigrationPlanView.Instruction> instructions) {
        Workbench.requireAnalyst(caller);
        MigrationPlan plan = build(sourceDefinitionId, targetDefinitionId, instructions);
        List<MigrationPlanView.Instruction> listed = new ArrayList<>();
        Set<String> mapped = new HashSet<>();
        for (MigrationInstruction i : plan.getInstructions()) {
            listed.add(new MigrationPlanView.Instruction(i.getSourceActivityId(), i.getTargetActivityId(),
                    i.isUpdateEventTrigger()));
            mapped.add(i.getSourceActivityId());
        }
        List<String> unmapped = new ArrayList<>();
        BpmnModelInstance source = repository.getBpmnModelInstance(sourceDefinitionId);
        for (FlowNode node : source.getModelElementsByType(FlowNode.class)) {
            if (!mapped.contains(node.getId()) && waitsOrScopes(node)) {
                unmapped.add(node.getId());
            }
        }
        return new MigrationPlanView(sourceDefinitionId, targetDefinitionId, listed, unmapped);
    }

    /** What would happen to each running case of the source version (or the given ones); nothing changes. */
    public List<InstanceMigration> dryRun(Caller caller, String sourceDefinitionId, String targetDefinitionId,
            List<MigrationPlanView.Instruction> instructions, List<String> processInstanceIds) {
        Workbench.requireAnalyst(caller);
        MigrationPlan plan = build(sourceDefinitionId, targetDefinitionId, instructions);
        List<InstanceMigration> results = new ArrayList<>();
        for (ProcessInstance instance : instances(sourceDefinitionId, processInstanceIds)) {
            List<String> active = runtime.getActiveActivityIds(instance.getId());
            List<String> problems = asCaller(caller, () -> transactions.execute(status -> {
                status.setRollbackOnly();
                return migrate(plan, instance.getId());
            }));
            results.add(new InstanceMigration(instance.getId(), instance.getBusinessKey(), active, false, problems));
        }
        return results;
    }

    /**
     * Migrates each case in its own transaction and says per case whether it moved and, if not, why. Each case
     * moved is sealed in the audit log ({@code process.migrated}) in that transaction.
     */
    public List<InstanceMigration> execute(Caller caller, String sourceDefinitionId, String targetDefinitionId,
            List<MigrationPlanView.Instruction> instructions, List<String> processInstanceIds) {
        Workbench.requireAnalyst(caller);
        MigrationPlan plan = build(sourceDefinitionId, targetDefinitionId, instructions);
        String sourceVersion = version(sourceDefinitionId);
        String targetVersion = version(targetDefinitionId);
        List<MigrationPlanView.Instruction> applied = plan.getInstructions().stream()
                .map(i -> new MigrationPlanView.Instruction(i.getSourceActivityId(), i.getTargetActivityId(),
                        i.isUpdateEventTrigger()))
                .toList();
        List<InstanceMigration> results = new ArrayList<>();
        for (ProcessInstance instance : instances(sourceDefinitionId, processInstanceIds)) {
            List<String> active = runtime.getActiveActivityIds(instance.getId());
            List<String> problems = asCaller(caller, () -> transactions.execute(status -> {
                List<String> found = migrate(plan, instance.getId());
                if (!found.isEmpty()) {
                    status.setRollbackOnly();
                } else {
                    events.publishEvent(new CaseMigrated(caller.id(), instance.getId(), instance.getBusinessKey(),
                            sourceDefinitionId, sourceVersion, targetDefinitionId, targetVersion, active, applied,
                            java.time.Instant.now()));
                }
                return found;
            }));
            results.add(new InstanceMigration(instance.getId(), instance.getBusinessKey(), active,
                    problems.isEmpty(), problems));
        }
        return results;
    }

    private List<String> migrate(MigrationPlan plan, String processInstanceId) {
        try {
            runtime.newMigration(plan).processInstanceIds(processInstanceId).execute();
            return List.of();
        } catch (MigratingProcessInstanceValidationException e) {
            return problems(e.getValidationReport());
        } catch (ProcessEngineException e) {
            return List.of(plainEngineMessage(e.getMessage()));
        }
    }

    private MigrationPlan build(String sourceId, String targetId, List<MigrationPlanView.Instruction> instructions) {
        requireProcessDefinition(sourceId);
        requireProcessDefinition(targetId);
        if (sourceId.equals(targetId)) {
            throw PlatformException.invalid("SAME_VERSION", "源版本与目标版本相同", "Source and target are the same version");
        }
        try {
            MigrationPlanBuilder builder = runtime.createMigrationPlan(sourceId, targetId);
            if (instructions == null || instructions.isEmpty()) {
                return builder.mapEqualActivities().updateEventTriggers().build();
            }
            for (MigrationPlanView.Instruction i : instructions) {
                if (i.sourceActivityId() == null || i.targetActivityId() == null) {
                    throw PlatformException.invalid("INSTRUCTION_INCOMPLETE", "每条映射须有源活动和目标活动",
                            "Each instruction needs a source and a target activity");
                }
                var instruction = builder.mapActivities(i.sourceActivityId(), i.targetActivityId());
                builder = i.updateEventTrigger() ? instruction.updateEventTrigger() : instruction;
            }
            return builder.build();
        } catch (MigrationPlanValidationException e) {
            List<String> reasons = new ArrayList<>();
            for (MigrationInstructionValidationReport report : e.getValidationReport().getInstructionReports()) {
                MigrationInstruction i = report.getMigrationInstruction();
                for (String failure : report.getFailures()) {
                    reasons.add(i.getSourceActivityId() + " → " + i.getTargetActivityId() + ": " + failure);
                }
            }
            String joined = String.join("; ", reasons);
            throw new PlatformException(PlatformException.Kind.INVALID_INPUT, "MIGRATION_PLAN_INVALID",
                    "流程引擎不接受该迁移方案：" + joined, "The process engine does not accept the migration plan: " + joined,
                    java.util.Map.of("failures", reasons));
        } catch (BadUserRequestException e) {
            throw PlatformException.invalid("MIGRATION_PLAN_INVALID", "迁移方案无效：" + plainEngineMessage(e.getMessage()),
                    "The migration plan is not valid: " + plainEngineMessage(e.getMessage()));
        }
    }

    private List<ProcessInstance> instances(String sourceDefinitionId, List<String> ids) {
        var query = runtime.createProcessInstanceQuery().processDefinitionId(sourceDefinitionId);
        if (ids != null && !ids.isEmpty()) {
            query.processInstanceIds(new LinkedHashSet<>(ids));
        }
        List<ProcessInstance> found = query.orderByProcessInstanceId().asc().listPage(0, MAX_INSTANCES_PER_REQUEST + 1);
        if (found.size() > MAX_INSTANCES_PER_REQUEST) {
            throw PlatformException.invalid("TOO_MANY_INSTANCES",
                    "一次最多迁移 " + MAX_INSTANCES_PER_REQUEST + " 个案件，请分批指定 processInstanceIds",
                    "At most " + MAX_INSTANCES_PER_REQUEST + " cases per request: name them in batches with processInstanceIds");
        }
        if (ids != null && !ids.isEmpty() && found.size() != new HashSet<>(ids).size()) {
            throw PlatformException.invalid("INSTANCE_NOT_OF_SOURCE",
                    "有的案件不存在或不在源版本上运行", "Some of the cases do not exist or do not run on the source version");
        }
        return found;
    }

    private String version(String definitionId) {
        ProcessDefinition definition = repository.getProcessDefinition(definitionId);
        return definition.getKey() + ":" + definition.getVersion();
    }

    private void requireProcessDefinition(String id) {
        ProcessDefinition definition = id == null ? null
                : repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
        if (definition == null) {
            throw PlatformException.notFound("流程版本", "process version", id);
        }
    }

    private static List<String> problems(MigratingProcessInstanceValidationReport report) {
        List<String> problems = new ArrayList<>(report.getFailures());
        for (MigratingActivityInstanceValidationReport a : report.getActivityInstanceReports()) {
            a.getFailures().forEach(f -> problems.add(a.getSourceScopeId() + ": " + f));
        }
        for (MigratingTransitionInstanceValidationReport t : report.getTransitionInstanceReports()) {
            t.getFailures().forEach(f -> problems.add(t.getSourceScopeId() + ": " + f));
        }
        return problems;
    }

    /** Activities where a case can be when it is migrated: waiting ones and scopes. */
    private static boolean waitsOrScopes(FlowNode node) {
        String type = node.getElementType().getTypeName();
        if (node instanceof BoundaryEvent boundary && boundary.getEventDefinitions().stream().anyMatch(
                d -> d instanceof ErrorEventDefinition || d instanceof EscalationEventDefinition)) {
            // caught the moment it is thrown: no case ever stays at one, and the engine maps none
            return false;
        }
        return switch (type) {
            case "userTask", "receiveTask", "subProcess", "callActivity", "intermediateCatchEvent", "boundaryEvent",
                 "eventBasedGateway", "manualTask", "task" -> true;
            default -> false;
        };
    }

    static String plainEngineMessage(String message) {
        return message == null ? "" : message.replaceAll("ENGINE-\\d+\\s*", "").trim();
    }

    private <T> T asCaller(Caller caller, java.util.function.Supplier<T> action) {
        var previous = identity.getCurrentAuthentication();
        identity.setAuthentication(caller.id(), List.copyOf(caller.groups()));
        try {
            return action.get();
        } finally {
            identity.setAuthentication(previous);
        }
    }
}

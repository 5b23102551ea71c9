package org.socorg.platform.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.socorg.auditlog.HashAlgorithm;
import org.socorg.auditlog.Hex;
import org.socorg.platform.audit.AuditRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Seals what the engine does, with nothing in the models: a history event handler beside Camunda's own turns process
 * starts and ends, completed activities and tasks (with the variables the step wrote), and decision evaluations into
 * audit records; a post-deployer seals each new deployment with the digest of every resource.
 */
@Component
class EngineSealing extends AbstractProcessEnginePlugin {

    /** The definitions reconciliation can list again through the repository's queries. */
    private static final java.util.Set<String> SEALED_DEFINITIONS = java.util.Set.of("ProcessDefinitionEntity",
            "DecisionDefinitionEntity", "DecisionRequirementsDefinitionEntity", "CaseDefinitionEntity");

    private static final Object PENDING_VARIABLES = EngineSealing.class.getName() + ".variables";

    private final LogAppender appender;

    EngineSealing(LogAppender appender) {
        this.appender = appender;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Camunda's own database handler first, so the rows it writes have their ids when the step is sealed (the
        // default composite would run it last)
        List<HistoryEventHandler> handlers = new ArrayList<>();
        handlers.add(new DbHistoryEventHandler());
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        // not a bean of type HistoryEventHandler: the Camunda starter adds those by itself, which would seal twice
        handlers.add(new HistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                EngineSealing.this.handleEvent(event);
            }

            @Override
            public void handleEvents(List<HistoryEvent> events) {
                events.forEach(EngineSealing.this::handleEvent);
            }
        });
        configuration.setCustomHistoryEventHandlers(handlers);
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        List<Deployer> postDeployers = new ArrayList<>();
        if (configuration.getCustomPostDeployers() != null) {
            postDeployers.addAll(configuration.getCustomPostDeployers());
        }
        postDeployers.add(this::deploy);
        configuration.setCustomPostDeployers(postDeployers);
    }

    void handleEvent(HistoryEvent event) {
        // a migration moves variables to another version without changing them: nothing to seal as an update
        if (event instanceof HistoricVariableUpdateEventEntity variable
                && !variable.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE)) {
            pending().computeIfAbsent(String.valueOf(variable.getProcessInstanceId()), k -> new ArrayList<>())
                    .add(StepData.variable(variable));
        } else if (event instanceof HistoricTaskInstanceEventEntity task) {
            if (task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_COMPLETE)) {
                List<Map<String, Object>> variables = pending().remove(String.valueOf(task.getProcessInstanceId()));
                variables = variables == null ? List.of() : variables;
                seal("task.completed", task, task.getTaskDefinitionKey(), "userTask", StepData.outcome(variables),
                        "hi-taskinst:" + task.getTaskId(), StepData.taskCompleted(task, variables), task.getEndTime());
            }
        } else if (event instanceof HistoricActivityInstanceEventEntity activity) {
            if (activity.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_END) && isStep(activity)) {
                // the variables an activity wrote (a service task's results, a start event's inputs) are its data
                List<Map<String, Object>> variables = pending().remove(String.valueOf(activity.getProcessInstanceId()));
                variables = variables == null ? List.of() : variables;
                String outcome = activity.isCanceled() ? "canceled" : StepData.outcome(variables);
                seal("activity.completed", activity, activity.getActivityId(), activity.getActivityType(),
                        outcome == null ? "completed" : outcome, "hi-actinst:" + activity.getId(),
                        StepData.activityCompleted(activity, variables), activity.getEndTime());
            }
        } else if (event instanceof HistoricProcessInstanceEventEntity process) {
            if (process.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_START)) {
                seal("process.started", process, process.getStartActivityId(), "process", null,
                        "hi-procinst:start:" + process.getProcessInstanceId(), StepData.processStarted(process),
                        process.getStartTime());
            } else if (process.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
                seal("process.ended", process, process.getEndActivityId(), "process", process.getState(),
                        "hi-procinst:end:" + process.getProcessInstanceId(), StepData.processEnded(process),
                        process.getEndTime());
            }
        } else if (event instanceof HistoricDecisionEvaluationEvent evaluation) {
            HistoricDecisionInstanceEntity root = evaluation.getRootHistoricDecisionInstance();
            Map<String, Object> data = StepData.decisionEvaluated(root);
            seal("decision.evaluated", root, root.getDecisionDefinitionKey(), "decision", decisionOutcome(data),
                    "hi-decinst:" + root.getId(), data, root.getEvaluationTime());
        }
    }

    /**
     * Gateways route, they do not act; a user task that completed is sealed by its task entry (with the decision taken),
     * so its activity end would say nothing more. A user task cut short (e.g. by a deadline timer) is sealed here.
     */
    private static boolean isStep(HistoricActivityInstanceEventEntity activity) {
        String type = activity.getActivityType();
        if (type != null && type.endsWith("Gateway")) {
            return false;
        }
        return !"userTask".equals(type) || activity.isCanceled();
    }

    @SuppressWarnings("unchecked")
    private static String decisionOutcome(Map<String, Object> data) {
        List<Map<String, Object>> outputs = (List<Map<String, Object>>) data.get("outputs");
        return outputs.isEmpty() ? "no rule matched" : outputs.size() + " output(s)";
    }

    private void seal(String kind, HistoryEvent event, String element, String elementType, String outcome, String ref,
                      Map<String, Object> data, Date time) {
        appender.add(new AuditRecord(kind, null, time == null ? Instant.now() : time.toInstant(),
                processVersion(event), event.getProcessInstanceId(), businessKey(event), element, elementType,
                outcome, ref, data));
    }

    /** {@code key:version} of the process definition the step ran on. */
    private static String processVersion(HistoryEvent event) {
        String id = event.getProcessDefinitionId();
        if (id == null) {
            return null;
        }
        if (event.getProcessDefinitionKey() != null && event.getProcessDefinitionVersion() != null) {
            return event.getProcessDefinitionKey() + ":" + event.getProcessDefinitionVersion();
        }
        var configuration = Context.getProcessEngineConfiguration();
        if (configuration == null) {
            return id;
        }
        var definition = configuration.getDeploymentCache().findDeployedProcessDefinitionById(id);
        return definition == null ? id : definition.getKey() + ":" + definition.getVersion();
    }

    private static String businessKey(HistoryEvent event) {
        if (event instanceof HistoricProcessInstanceEventEntity process && process.getBusinessKey() != null) {
            return process.getBusinessKey();
        }
        CommandContext context = Context.getCommandContext();
        if (context == null || event.getProcessInstanceId() == null) {
            return null;
        }
        var instance = context.getExecutionManager().findExecutionById(event.getProcessInstanceId());
        return instance == null ? null : instance.getBusinessKey();
    }

    void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        Map<String, Object> resources = new TreeMap<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            resources.put(resource.getName(), Hex.encode(HashAlgorithm.SM3.hash(resource.getBytes())));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("deploymentId", deployment.getId());
        data.put("name", deployment.getName());
        data.put("source", deployment.getSource());
        data.put("resources", resources);
        // a set: the deployers may list one definition more than once
        java.util.SortedSet<String> definitions = new java.util.TreeSet<>();
        if (deployment.getDeployedArtifacts() != null) {
            for (Map.Entry<Class<?>, List> artifacts : deployment.getDeployedArtifacts().entrySet()) {
                if (!SEALED_DEFINITIONS.contains(artifacts.getKey().getSimpleName())) {
                    continue; // forms are sealed through their resources; the engine lists them nowhere else
                }
                for (Object definition : artifacts.getValue()) {
                    definitions.add(((org.camunda.bpm.engine.impl.repository.ResourceDefinitionEntity<?>) definition)
                            .getId());
                }
            }
        }
        data.put("definitions", new ArrayList<>(definitions));
        appender.add(new AuditRecord("deployment.created", null, deployment.getDeploymentTime() == null
                ? Instant.now() : deployment.getDeploymentTime().toInstant(), null, null, null, deployment.getName(),
                "deployment", resources.size() + " resource(s), " + definitions.size() + " definition(s)",
                "deployment:" + deployment.getId(), data));
    }

    /** Variable updates of the current transaction not yet taken into a completed task, by process instance. */
    @SuppressWarnings("unchecked")
    private Map<String, List<Map<String, Object>>> pending() {
        Map<String, List<Map<String, Object>>> pending =
                (Map<String, List<Map<String, Object>>>) TransactionSynchronizationManager.getResource(PENDING_VARIABLES);
        if (pending == null) {
            Map<String, List<Map<String, Object>>> created = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(PENDING_VARIABLES, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public int getOrder() {
                    return LOWEST_PRECEDENCE - 1;
                }

                @Override
                public void beforeCommit(boolean readOnly) {
                    // variables no task took (set at start, by delegates, by the API) are sealed on their own
                    List<AuditRecord> records = new ArrayList<>();
                    for (Map.Entry<String, List<Map<String, Object>>> e : created.entrySet()) {
                        records.add(new AuditRecord("variables.updated", null, Instant.now(), null, e.getKey(),
                                null, null, "variables", StepData.outcome(e.getValue()),
                                "hi-detail:" + e.getKey(), StepData.variablesUpdated(e.getKey(), e.getValue())));
                    }
                    created.clear();
                    if (!records.isEmpty()) {
                        appender.addWhileCommitting(records);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING_VARIABLES);
                }
            });
            pending = created;
        }
        return pending;
    }
}

package org.socorg.platform.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.socorg.platform.calendar.ClockState;
import org.socorg.platform.calendar.StatutoryClock;
import org.socorg.platform.calendar.StatutoryClocks;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.OpenTask;
import org.socorg.platform.task.TaskCompletionHandler;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskOutcome;
import org.socorg.platform.task.TaskSummary;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * WHAT-IF, for {@code -Dbench.variants=lean} only: {@code TaskInbox.claim} and {@code complete} as they would be
 * with the changes the benchmark report recommends, to measure their gain before anyone edits the real class.
 * Same answers, same checks, same handler calls and one transaction per call like the real inbox; fewer engine
 * commands:
 * <ul>
 *   <li>the visibility check is one task query (candidate group and jurisdiction variable) instead of
 *       {@code getIdentityLinksForTask} plus {@code getVariable}, which loads the execution tree;</li>
 *   <li>form keys are initialised only where the answer shows them (claim's summary), not for complete;</li>
 *   <li>claim builds its answer from the task it already loaded instead of calling {@code get} again;</li>
 *   <li>process definition id to key is cached (definitions never change);</li>
 *   <li>the summary reads its two variables with one variable-instance query;</li>
 *   <li>variant {@code leaner}: claim answers nothing (the REST call would answer 204 and the UI reload its
 *       list), which leaves out the summary altogether.</li>
 * </ul>
 * Not production code: it duplicates TaskInbox on purpose and goes when TaskInbox has the changes.
 */
final class LeanTaskInbox {

    private static final String DIVISION_VARIABLE = "divisionCode";
    private static final String SUBJECT_VARIABLE = "organizationName";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final StatutoryClocks clocks;
    private final Map<String, TaskCompletionHandler> handlers;
    private final TransactionTemplate tx;
    private final Map<String, String> processKeys = new ConcurrentHashMap<>();

    LeanTaskInbox(ApplicationContext context, TaskService tasks, RuntimeService runtime,
            RepositoryService repository) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.clocks = context.getBean(StatutoryClocks.class);
        this.handlers = context.getBeansOfType(TaskCompletionHandler.class).values().stream()
                .collect(Collectors.toMap(TaskCompletionHandler::processDefinitionKey, h -> h));
        this.tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    /** @param answer build the summary the REST call returns; {@code false}: claim only (answer null) */
    TaskSummary claim(Caller caller, String taskId, boolean answer) {
        return tx.execute(status -> {
            Task task = visibleTask(caller, taskId, answer);
            if (caller.id().equals(task.getAssignee())) {
                return answer ? summary(task, task.getAssignee()) : null;
            }
            if (task.getAssignee() != null) {
                throw PlatformException.conflict("TASK_ALREADY_CLAIMED", "该任务已由 " + task.getAssignee() + " 办理",
                        "The task is already claimed by " + task.getAssignee());
            }
            tasks.claim(taskId, caller.id());
            return answer ? summary(task, caller.id()) : null;
        });
    }

    void complete(Caller caller, String taskId, TaskDecision decision) {
        tx.executeWithoutResult(status -> {
            Task task = visibleTask(caller, taskId, false);
            if (!caller.id().equals(task.getAssignee())) {
                throw task.getAssignee() == null
                        ? PlatformException.conflict("TASK_NOT_CLAIMED", "请先签收该任务再办理",
                                "Claim the task before completing it")
                        : PlatformException.conflict("TASK_ALREADY_CLAIMED", "该任务已由 " + task.getAssignee() + " 办理",
                                "The task is claimed by " + task.getAssignee());
            }
            String processKey = processKey(task.getProcessDefinitionId());
            TaskCompletionHandler handler = handlers.get(processKey);
            List<TaskOutcome> outcomes = handler == null ? List.of() : handler.outcomes(task.getTaskDefinitionKey());
            TaskOutcome outcome = outcomes.stream().filter(o -> o.code().equals(decision.outcome())).findFirst()
                    .orElseThrow(() -> PlatformException.invalid("UNKNOWN_OUTCOME",
                            "该任务没有办理结果 " + decision.outcome(), "The task has no outcome " + decision.outcome()));
            if (outcome.commentRequired() && !decision.hasComment()) {
                throw PlatformException.invalid("COMMENT_REQUIRED", "办理结果“" + outcome.labelZh() + "”须填写理由或意见",
                        "The outcome " + outcome.labelEn() + " needs a comment giving the reasons");
            }
            OpenTask open = new OpenTask(task.getId(), task.getTaskDefinitionKey(), processKey,
                    task.getProcessInstanceId(), businessKey(task.getProcessInstanceId()));
            Map<String, Object> variables = new HashMap<>(handler.complete(open, caller, decision));
            if (decision.hasComment()) {
                tasks.createComment(task.getId(), task.getProcessInstanceId(),
                        outcome.labelZh() + "：" + decision.comment());
            }
            tasks.complete(taskId, variables);
        });
    }

    /** Assigned to the caller, or offered to one of their groups in a case of their jurisdiction. */
    private Task visibleTask(Caller caller, String taskId, boolean withFormKey) {
        var query = tasks.createTaskQuery().taskId(taskId);
        Task task = (withFormKey ? query.initializeFormKeys() : query).singleResult();
        if (task == null) {
            throw PlatformException.notFound("任务", "task", taskId);
        }
        if (caller.id().equals(task.getAssignee())) {
            return task;
        }
        boolean offered = !caller.groups().isEmpty() && caller.divisionCode() != null
                && tasks.createTaskQuery().taskId(taskId)
                        .taskCandidateGroupIn(new ArrayList<>(caller.groups())).includeAssignedTasks()
                        .processVariableValueEquals(DIVISION_VARIABLE, caller.divisionCode()).count() > 0;
        if (!offered) {
            throw PlatformException.notFound("任务", "task", taskId);
        }
        return task;
    }

    private TaskSummary summary(Task task, String assignee) {
        String processKey = processKey(task.getProcessDefinitionId());
        TaskCompletionHandler handler = handlers.get(processKey);
        Instant due = clocks.forProcessInstance(task.getProcessInstanceId()).stream()
                .filter(c -> c.state() == ClockState.RUNNING).map(StatutoryClock::dueAt)
                .min(Comparator.naturalOrder()).orElse(null);
        Map<String, Object> vars = new HashMap<>();
        for (VariableInstance v : runtime.createVariableInstanceQuery()
                .processInstanceIdIn(task.getProcessInstanceId())
                .variableNameIn(SUBJECT_VARIABLE, DIVISION_VARIABLE).disableBinaryFetching().list()) {
            vars.put(v.getName(), v.getValue());
        }
        String formKey = null;
        try {
            formKey = task.getFormKey();
        } catch (RuntimeException notInitialized) {
            // not initialised for this task
        }
        return new TaskSummary(task.getId(), task.getName(), task.getTaskDefinitionKey(), processKey,
                task.getProcessInstanceId(), businessKey(task.getProcessInstanceId()), assignee,
                task.getCreateTime().toInstant(), due, (String) vars.get(SUBJECT_VARIABLE),
                (String) vars.get(DIVISION_VARIABLE),
                handler == null ? List.of() : handler.outcomes(task.getTaskDefinitionKey()), formKey);
    }

    private String businessKey(String processInstanceId) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult()).map(p -> p.getBusinessKey()).orElse(null);
    }

    private String processKey(String processDefinitionId) {
        return processKeys.computeIfAbsent(processDefinitionId, id -> repository.getProcessDefinition(id).getKey());
    }
}

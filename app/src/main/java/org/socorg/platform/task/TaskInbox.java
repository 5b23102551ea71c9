package org.socorg.platform.task;

import jakarta.validation.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.socorg.platform.calendar.ClockState;
import org.socorg.platform.calendar.StatutoryClock;
import org.socorg.platform.calendar.StatutoryClocks;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Colleagues;
import org.socorg.platform.shared.PlatformException;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task inbox. A caller sees a task when it is assigned to them, or when it is offered to one of their groups
 * and its case belongs to their jurisdiction (process variable {@code divisionCode}). Every other task is
 * answered as "not found", so ids of other jurisdictions' cases are not revealed.
 */
@Service
public class TaskInbox {

    static final String DIVISION_VARIABLE = "divisionCode";
    static final String SUBJECT_VARIABLE = "organizationName";
    /** Every case process carries its business key as this variable too, so listing tasks needs no extra query. */
    static final String CASE_VARIABLE = "applicationId";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final StatutoryClocks clocks;
    /** The one outcome of a step no feature handles (added in the workbench): done, on to the next step. */
    static final List<TaskOutcome> ADDED_STEP = List.of(
            new TaskOutcome("COMPLETE", "办理完毕", "Done", false));

    private final Map<String, TaskCompletionHandler> handlers;
    private final Colleagues colleagues;
    /** A definition's key never changes: look each one up once. */
    private final Map<String, String> processKeys = new ConcurrentHashMap<>();

    TaskInbox(@Lazy TaskService tasks, @Lazy RuntimeService runtime, @Lazy RepositoryService repository,
            @Lazy ProcessEngineConfigurationImpl engineConfiguration, StatutoryClocks clocks,
            List<TaskCompletionHandler> handlers, Colleagues colleagues) {
        this.colleagues = colleagues;
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.engineConfiguration = engineConfiguration;
        this.clocks = clocks;
        this.handlers = handlers.stream()
                .collect(Collectors.toMap(TaskCompletionHandler::processDefinitionKey, h -> h));
    }

    /**
     * Runs an inbox action as one engine command, so the task, its execution and variables are loaded once and
     * shared by every engine call inside (a separate command per call cost a round of queries each). Refusals are
     * carried out of the command and thrown after it, so the engine never treats them as its own failures; the
     * surrounding Spring transaction still rolls back everything on a refusal.
     */
    private <T> T inOneCommand(Caller caller, Supplier<T> action) {
        // the engine (and the audit log sealing its steps) learns who acts from its authentication
        var identity = engineConfiguration.getIdentityService();
        var previous = identity.getCurrentAuthentication();
        identity.setAuthentication(caller.id(), List.copyOf(caller.groups()));
        Object result;
        try {
            result = engineConfiguration.getCommandExecutorTxRequired().execute(commandContext -> {
                // No user operation log (ACT_HI_OP_LOG) for inbox actions: nothing in the platform reads it, and what
                // it would say is kept already: the audit log seals each completed task with its actor, and the
                // engine's identity link history records each claim, release and hand-over with who did it.
                commandContext.disableUserOperationLog();
                try {
                    return action.get();
                } catch (PlatformException | ValidationException refusal) {
                    return new Refusal(refusal);
                }
            });
        } finally {
            identity.setAuthentication(previous);
        }
        if (result instanceof Refusal refusal) {
            throw refusal.exception();
        }
        @SuppressWarnings("unchecked")
        T value = (T) result;
        return value;
    }

    private record Refusal(RuntimeException exception) {
    }

    /** The caller's tasks: assigned to them first, then those they may claim; oldest first within each. */
    @Transactional(readOnly = true)
    public List<TaskSummary> myTasks(Caller caller) {
        return inOneCommand(caller, () -> listTasks(caller, false));
    }

    /**
     * All of the caller's authority: their own tasks and every task offered to one of their groups in their
     * jurisdiction, claimed by a colleague or not (to see who holds what; only the holder completes a claimed one).
     */
    @Transactional(readOnly = true)
    public List<TaskSummary> authorityTasks(Caller caller) {
        return inOneCommand(caller, () -> listTasks(caller, true));
    }

    private List<TaskSummary> listTasks(Caller caller, boolean heldByColleagues) {
        Map<String, Task> found = new LinkedHashMap<>();
        tasks.createTaskQuery().taskAssignee(caller.id()).orderByTaskCreateTime().asc().list()
                .forEach(t -> found.put(t.getId(), t));
        if (!caller.groups().isEmpty() && caller.divisionCode() != null) {
            var offered = tasks.createTaskQuery().taskCandidateGroupIn(new ArrayList<>(caller.groups()));
            (heldByColleagues ? offered.includeAssignedTasks() : offered.taskUnassigned())
                    .processVariableValueEquals(DIVISION_VARIABLE, caller.divisionCode())
                    .orderByTaskCreateTime().asc().list()
                    .forEach(t -> found.putIfAbsent(t.getId(), t));
        }
        if (found.isEmpty()) {
            return List.of();
        }
        // One query for every listed case's variables. Under READ COMMITTED a task may be completed by someone else
        // while the list is built: its case variables are then gone and the task is left out rather than failing.
        Map<String, Map<String, Object>> caseVariables = new HashMap<>();
        runtime.createVariableInstanceQuery()
                .processInstanceIdIn(found.values().stream().map(Task::getProcessInstanceId).distinct()
                        .toArray(String[]::new))
                .variableNameIn(SUBJECT_VARIABLE, DIVISION_VARIABLE, CASE_VARIABLE).list()
                .forEach(v -> caseVariables.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
                        .put(v.getName(), v.getValue()));
        return found.values().stream()
                .filter(t -> caseVariables.containsKey(t.getProcessInstanceId()))
                .map(t -> summary(t, processKey(t.getProcessDefinitionId()), caseVariables.get(t.getProcessInstanceId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public TaskSummary get(Caller caller, String taskId) {
        return inOneCommand(caller, () -> {
            Task task = visibleTask(caller, taskId);
            return summary(task, processKey(task.getProcessDefinitionId()));
        });
    }

    /** The comments left on the task's case so far, oldest first; only for those who may see the task. */
    @Transactional(readOnly = true)
    public List<TaskComment> comments(Caller caller, String taskId) {
        return inOneCommand(caller, () -> {
            Task task = visibleTask(caller, taskId);
            return tasks.getProcessInstanceComments(task.getProcessInstanceId()).stream()
                    .map(c -> new TaskComment(c.getUserId(), c.getTime().toInstant(), c.getFullMessage()))
                    .sorted(Comparator.comparing(TaskComment::time)).toList();
        });
    }

    /** Takes an offered task; claiming a task someone else holds is a conflict, not a takeover. */
    @Transactional
    public TaskSummary claim(Caller caller, String taskId) {
        return inOneCommand(caller, () -> claimTask(caller, taskId));
    }

    private TaskSummary claimTask(Caller caller, String taskId) {
        Task task = visibleTask(caller, taskId);
        if (caller.id().equals(task.getAssignee())) {
            return summary(task, processKey(task.getProcessDefinitionId()));
        }
        if (task.getAssignee() != null) {
            throw PlatformException.conflict("TASK_ALREADY_CLAIMED", "该任务已由 " + task.getAssignee() + " 办理",
                    "The task is already claimed by " + task.getAssignee());
        }
        tasks.claim(taskId, caller.id());
        // Same command, same entity cache: the task loaded above already carries its new assignee.
        return summary(task, processKey(task.getProcessDefinitionId()));
    }

    /**
     * Gives a claimed task back to its candidate groups, so a colleague of the same authority may claim it. Only the
     * person holding it may release it, and only a task offered to groups (an applicant's own task stays theirs).
     */
    @Transactional
    public TaskSummary release(Caller caller, String taskId) {
        return inOneCommand(caller, () -> {
            Task task = visibleTask(caller, taskId);
            if (!caller.id().equals(task.getAssignee())) {
                throw task.getAssignee() == null
                        ? PlatformException.conflict("TASK_NOT_CLAIMED", "该任务尚未签收，无需退回",
                                "The task is not claimed; there is nothing to release")
                        : PlatformException.conflict("TASK_ALREADY_CLAIMED", "该任务由 " + task.getAssignee() + " 办理",
                                "The task is claimed by " + task.getAssignee());
            }
            boolean offeredToGroups = ((TaskEntity) task).getIdentityLinks().stream()
                    .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null);
            if (!offeredToGroups) {
                throw PlatformException.conflict("TASK_NOT_RELEASABLE", "该任务只能由本人办理，不能退回",
                        "This task is yours alone and cannot be released");
            }
            tasks.setAssignee(taskId, null);
            return summary(task, processKey(task.getProcessDefinitionId()));
        });
    }

    /**
     * Hands a task the caller holds to a named colleague (转办): someone the task is offered to (one of its candidate
     * groups) in the case's jurisdiction. The colleague holds it at once and finds it among their own tasks; the
     * hand-over is recorded as a comment on the case (who, to whom, why), and the engine's history keeps the
     * assignee change. This is a reassignment, not the engine's delegate-and-resolve: the colleague decides the
     * task themselves.
     */
    @Transactional
    public TaskSummary delegate(Caller caller, String taskId, String colleagueId, String reason) {
        return inOneCommand(caller, () -> {
            Task task = visibleTask(caller, taskId);
            Set<String> candidateGroups = delegableGroups(caller, task);
            String to = colleagueId == null ? "" : colleagueId.strip();
            if (to.equals(caller.id())) {
                throw PlatformException.invalid("DELEGATE_TO_SELF", "不能转办给自己；请填写同事的用户名",
                        "You cannot delegate a task to yourself; enter a colleague's user name");
            }
            Caller colleague = colleagues.find(to).orElseThrow(() -> PlatformException.conflict("DELEGATE_UNKNOWN",
                    "没有可登录的用户 " + to + "；请核对同事的用户名", "There is no active user " + to
                            + "; check your colleague's user name"));
            Object division = runtime.getVariable(task.getExecutionId(), DIVISION_VARIABLE);
            if (colleague.divisionCode() == null || !colleague.divisionCode().equals(division)) {
                throw new PlatformException(PlatformException.Kind.FORBIDDEN, "DELEGATE_OUTSIDE_JURISDICTION",
                        to + " 不属于本案件所在的登记管理机关，不能转办",
                        to + " does not work for the authority this case belongs to; the task cannot go to them");
            }
            if (!colleague.inAnyGroup(candidateGroups)) {
                throw PlatformException.conflict("DELEGATE_NOT_CANDIDATE",
                        to + " 没有办理该环节的岗位（" + String.join("、", candidateGroups.stream().sorted().toList())
                                + "），不能转办",
                        to + " holds none of the roles this step is offered to ("
                                + String.join(", ", candidateGroups.stream().sorted().toList()) + ")");
            }
            tasks.setAssignee(taskId, colleague.id());
            String why = reason == null || reason.isBlank() ? "" : "：" + reason.strip();
            tasks.createComment(task.getId(), task.getProcessInstanceId(),
                    "转办 " + caller.id() + " → " + colleague.id() + why);
            return summary(task, processKey(task.getProcessDefinitionId()));
        });
    }

    /**
     * The colleagues the caller could hand the task to (转办): the enabled people of the case's authority who hold one
     * of the roles the step is offered to, the caller aside, by name. Only for the person holding the task, as
     * {@link #delegate} is; the sign-on service is asked after the engine's transaction, not inside it.
     *
     * @throws PlatformException {@code IDENTITY_PROVIDER_UNAVAILABLE} (503) when the sign-on service cannot be asked
     */
    public List<Caller> delegationCandidates(Caller caller, String taskId) {
        record Offer(Set<String> groups, Object division) {
        }
        Offer offer = inOneCommand(caller, () -> {
            Task task = visibleTask(caller, taskId);
            Set<String> groups = delegableGroups(caller, task);
            return new Offer(groups, runtime.getVariable(task.getExecutionId(), DIVISION_VARIABLE));
        });
        if (!(offer.division() instanceof String division)) {
            return List.of();
        }
        return colleagues.ofAuthority(division).stream()
                .filter(c -> !c.id().equals(caller.id()) && division.equals(c.divisionCode())
                        && c.inAnyGroup(offer.groups()))
                .sorted(Comparator.comparing(Caller::displayName).thenComparing(Caller::id))
                .toList();
    }

    /** The groups a task the caller holds is offered to; refused when they do not hold it or it is theirs alone. */
    private Set<String> delegableGroups(Caller caller, Task task) {
        requireHeldBy(caller, task, "转办", "delegate");
        Set<String> candidateGroups = candidateGroups(task);
        if (candidateGroups.isEmpty()) {
            throw PlatformException.conflict("TASK_NOT_DELEGABLE", "该任务只能由本人办理，不能转办",
                    "This task is yours alone and cannot be delegated");
        }
        return candidateGroups;
    }

    private static void requireHeldBy(Caller caller, Task task, String actionZh, String actionEn) {
        if (!caller.id().equals(task.getAssignee())) {
            throw task.getAssignee() == null
                    ? PlatformException.conflict("TASK_NOT_CLAIMED", "请先签收该任务再" + actionZh,
                            "Claim the task before you " + actionEn + " it")
                    : PlatformException.conflict("TASK_ALREADY_CLAIMED", "该任务由 " + task.getAssignee() + " 办理",
                            "The task is claimed by " + task.getAssignee());
        }
    }

    /** The groups the task is offered to, from the identity links the command has loaded with it. */
    private Set<String> candidateGroups(Task task) {
        return ((TaskEntity) task).getIdentityLinks().stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
    }

    /** Completes the caller's task with a decision, after the owning feature has validated it. */
    @Transactional
    public void complete(Caller caller, String taskId, TaskDecision decision) {
        inOneCommand(caller, () -> {
            completeTask(caller, taskId, decision);
            return Boolean.TRUE;
        });
    }

    private void completeTask(Caller caller, String taskId, TaskDecision decision) {
        Task task = visibleTask(caller, taskId);
        if (!caller.id().equals(task.getAssignee())) {
            throw task.getAssignee() == null
                    ? PlatformException.conflict("TASK_NOT_CLAIMED", "请先签收该任务再办理",
                            "Claim the task before completing it")
                    : PlatformException.conflict("TASK_ALREADY_CLAIMED", "该任务已由 " + task.getAssignee() + " 办理",
                            "The task is claimed by " + task.getAssignee());
        }
        String processKey = processKey(task.getProcessDefinitionId());
        TaskCompletionHandler handler = handlers.get(processKey);
        List<TaskOutcome> outcomes = outcomes(handler, task.getTaskDefinitionKey());
        TaskOutcome outcome = outcomes.stream().filter(o -> o.code().equals(decision.outcome())).findFirst()
                .orElseThrow(() -> PlatformException.invalid("UNKNOWN_OUTCOME",
                        "该任务没有办理结果 " + decision.outcome() + "；可选：" + codes(outcomes),
                        "The task has no outcome " + decision.outcome() + "; choose one of " + codes(outcomes)));
        if (outcome.commentRequired() && !decision.hasComment()) {
            throw PlatformException.invalid("COMMENT_REQUIRED",
                    "办理结果“" + outcome.labelZh() + "”须填写理由或意见",
                    "The outcome " + outcome.labelEn() + " needs a comment giving the reasons");
        }
        OpenTask open = new OpenTask(task.getId(), task.getTaskDefinitionKey(), processKey,
                task.getProcessInstanceId(), (String) runtime.getVariable(task.getExecutionId(), CASE_VARIABLE));
        // a step the owning feature does not know (an analyst added it in the workbench) just moves the case on
        Map<String, Object> variables = outcomes == ADDED_STEP ? new HashMap<>()
                : new HashMap<>(handler.complete(open, caller, decision));
        if (decision.hasComment()) {
            tasks.createComment(task.getId(), task.getProcessInstanceId(),
                    outcome.labelZh() + "：" + decision.comment());
        }
        tasks.complete(taskId, variables);
    }

    /**
     * The task if the caller may see it: assigned to them, or offered to one of their groups (claimed by someone
     * else or not) in a case of their jurisdiction. The task and its identity links are read through the command's
     * entity cache, by id: the claim or completion that follows works on the same entities instead of reading them
     * again, and a lookup by id costs the database far less than a task query with its group conditions.
     */
    private Task visibleTask(Caller caller, String taskId) {
        TaskEntity task = taskId == null || taskId.isBlank() ? null
                : Context.getCommandContext().getTaskManager().findTaskById(taskId);
        if (task == null || !maySee(caller, task)) {
            throw PlatformException.notFound("任务", "task", taskId);
        }
        task.initializeFormKey();
        return task;
    }

    /** Assigned to the caller, or offered to a group of theirs in a case of their authority. */
    private boolean maySee(Caller caller, TaskEntity task) {
        if (caller.id().equals(task.getAssignee())) {
            return true;
        }
        if (caller.groups().isEmpty() || caller.divisionCode() == null) {
            return false;
        }
        boolean offered = task.getIdentityLinks().stream().anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType())
                && l.getGroupId() != null && caller.groups().contains(l.getGroupId()));
        return offered && caller.divisionCode().equals(runtime.getVariable(task.getExecutionId(), DIVISION_VARIABLE));
    }

    private TaskSummary summary(Task task, String processKey) {
        return summary(task, processKey, runtime.getVariables(task.getExecutionId(),
                List.of(SUBJECT_VARIABLE, DIVISION_VARIABLE, CASE_VARIABLE)));
    }

    private TaskSummary summary(Task task, String processKey, Map<String, Object> vars) {
        TaskCompletionHandler handler = handlers.get(processKey);
        Instant due = clocks.forProcessInstance(task.getProcessInstanceId()).stream()
                .filter(c -> c.state() == ClockState.RUNNING).map(StatutoryClock::dueAt)
                .min(Comparator.naturalOrder()).orElse(null);
        String formKey = null;
        try {
            formKey = task.getFormKey();
        } catch (RuntimeException notInitialized) {
            // lists do not initialise form keys; the single-task view does
        }
        return new TaskSummary(task.getId(), task.getName(), task.getTaskDefinitionKey(), processKey,
                task.getProcessInstanceId(), (String) vars.get(CASE_VARIABLE), task.getAssignee(),
                task.getCreateTime().toInstant(), due, (String) vars.get(SUBJECT_VARIABLE),
                (String) vars.get(DIVISION_VARIABLE),
                outcomes(handler, task.getTaskDefinitionKey()), formKey);
    }

    /**
     * The outcomes the owning feature offers for the step; a step it does not know, one an analyst added to the
     * process in the workbench, offers "done" and moves the case on to the next step of the model.
     */
    private static List<TaskOutcome> outcomes(TaskCompletionHandler handler, String taskDefinitionKey) {
        List<TaskOutcome> known = handler == null ? List.of() : handler.outcomes(taskDefinitionKey);
        return known.isEmpty() ? ADDED_STEP : known;
    }

    private String processKey(String processDefinitionId) {
        return processKeys.computeIfAbsent(processDefinitionId, id -> repository.getProcessDefinition(id).getKey());
    }

    private static String codes(List<TaskOutcome> outcomes) {
        return outcomes.stream().map(TaskOutcome::code).collect(Collectors.joining(", "));
    }
}

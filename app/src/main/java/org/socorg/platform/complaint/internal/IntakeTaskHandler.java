package org.socorg.platform.complaint.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socorg.platform.complaint.ComplaintStatus;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.OpenTask;
import org.socorg.platform.task.TaskCompletionHandler;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskOutcome;
import org.springframework.stereotype.Component;

/** The user tasks of {@code complaint-intake}: triage (分办) and the supervision of an overdue triage. */
@Component
class IntakeTaskHandler implements TaskCompletionHandler {

    static final String TRIAGE = "UserTask_TriageComplaint";
    static final String SUPERVISE = "UserTask_SuperviseOverdueTriage";

    private static final Map<String, List<TaskOutcome>> OUTCOMES = Map.of(
            TRIAGE, List.of(
                    new TaskOutcome("OPEN_CASE", "立案调查", "Open an enforcement case", false),
                    new TaskOutcome("MERGE", "作为重复举报合并", "Merge into the open complaint it duplicates", false),
                    new TaskOutcome("DISMISS", "不予立案", "Dismiss, giving the reasons", true)),
            SUPERVISE, List.of(
                    new TaskOutcome("ACKNOWLEDGE", "已督办", "Supervision recorded", true)));

    private final ComplaintStore store;

    IntakeTaskHandler(ComplaintStore store) {
        this.store = store;
    }

    @Override
    public String processDefinitionKey() {
        return ComplaintProcessing.INTAKE_PROCESS;
    }

    @Override
    public List<TaskOutcome> outcomes(String taskDefinitionKey) {
        return OUTCOMES.getOrDefault(taskDefinitionKey, List.of());
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Caller caller, TaskDecision decision) {
        Map<String, Object> variables = new HashMap<>();
        switch (task.taskDefinitionKey()) {
            case TRIAGE -> {
                ComplaintRow row = store.requireComplaint(task.businessKey());
                ComplaintProcessing.requireState(row.status, EnumSet.of(ComplaintStatus.RECEIVED), "投诉举报",
                        "complaint");
                variables.put("triageOutcome", decision.outcome());
                variables.put("triagedBy", caller.id());
                switch (decision.outcome()) {
                    case "DISMISS" -> row.outcomeReason = decision.comment();
                    case "MERGE" -> variables.put("mergeInto", mergeTarget(row, decision).id);
                    default -> { }
                }
                row.triagedBy = caller.id();
                store.update(row);
            }
            case SUPERVISE -> variables.put("supervisedBy", caller.id());
            default -> throw PlatformException.invalid("UNKNOWN_TASK", "无法办理此任务：" + task.taskDefinitionKey(),
                    "This task cannot be completed here: " + task.taskDefinitionKey());
        }
        return variables;
    }

    /** The complaint named in {@code data.mergeInto}, or else the suggested duplicate; it must still be open. */
    private ComplaintRow mergeTarget(ComplaintRow row, TaskDecision decision) {
        Object named = decision.data().get("mergeInto");
        if (named != null && !(named instanceof String)) {
            throw invalid("MALFORMED_REQUEST", "合并目标应为投诉举报编号", "mergeInto must be a complaint id");
        }
        String targetId = named != null && !((String) named).isBlank() ? (String) named : row.suggestedDuplicate;
        if (targetId == null) {
            throw invalid("NO_DUPLICATE", "未发现重复举报，请在 data.mergeInto 中指明要合并到的投诉举报",
                    "No duplicate was found; name the complaint to merge into in data.mergeInto");
        }
        ComplaintRow target = store.mapper().findComplaint(targetId)
                .filter(t -> t.divisionCode.equals(row.divisionCode) && !t.id.equals(row.id))
                .orElseThrow(() -> invalid("UNKNOWN_DUPLICATE", "本机关没有可合并的投诉举报：" + targetId,
                        "This authority has no other complaint " + targetId + " to merge into"));
        if (target.mergedInto != null || !EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.UNDER_INVESTIGATION)
                .contains(target.status)) {
            throw PlatformException.conflict("DUPLICATE_NOT_OPEN", "只能合并到办理中的投诉举报",
                    "A complaint can only be merged into one that is still open");
        }
        return target;
    }

    private static PlatformException invalid(String code, String zh, String en) {
        return new PlatformException(PlatformException.Kind.INVALID_INPUT, code, zh, en,
                Map.of("field", "data.mergeInto"));
    }
}

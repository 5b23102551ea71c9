package org.socorg.platform.credit.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socorg.platform.credit.CreditRequestKind;
import org.socorg.platform.credit.CreditRequestStatus;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.OpenTask;
import org.socorg.platform.task.TaskCompletionHandler;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskOutcome;
import org.springframework.stereotype.Component;

/** The user tasks of {@code credit-listing}: their outcomes and what each outcome records. */
@Component
class CreditListingTaskHandler implements TaskCompletionHandler {

    static final String CONFIRM = "UserTask_ConfirmListing";
    static final String SUPERVISE = "UserTask_SuperviseOverdueListing";
    static final String REVIEW_OBJECTION = "UserTask_ReviewObjection";
    static final String REVIEW_REMOVAL = "UserTask_ReviewRemoval";

    private static final Map<String, List<TaskOutcome>> OUTCOMES = Map.of(
            CONFIRM, List.of(
                    new TaskOutcome("CONFIRM", "认定列入", "Confirm the listing", false),
                    new TaskOutcome("REJECT", "不予列入", "Do not list", true)),
            SUPERVISE, List.of(
                    new TaskOutcome("ACKNOWLEDGE", "已督办", "Supervision recorded", true)),
            REVIEW_OBJECTION, List.of(
                    new TaskOutcome("UPHOLD_REMOVE", "异议成立，移出", "Objection upheld: remove the listing", true),
                    new TaskOutcome("UPHOLD_CORRECT", "异议成立，更正", "Objection upheld: correct the reason", true),
                    new TaskOutcome("REJECT", "异议不成立", "Reject the objection", true)),
            REVIEW_REMOVAL, List.of(
                    new TaskOutcome("REMOVE", "已履行义务，移出", "Complied: remove the listing", false),
                    new TaskOutcome("REFUSE", "不予移出", "Refuse removal", true)));

    private final CreditCases cases;

    CreditListingTaskHandler(CreditCases cases) {
        this.cases = cases;
    }

    @Override
    public String processDefinitionKey() {
        return CreditCases.PROCESS_KEY;
    }

    @Override
    public List<TaskOutcome> outcomes(String taskDefinitionKey) {
        return OUTCOMES.getOrDefault(taskDefinitionKey, List.of());
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Caller caller, TaskDecision decision) {
        String caseId = task.businessKey();
        String outcome = decision.outcome();
        Map<String, Object> variables = new HashMap<>();
        switch (task.taskDefinitionKey()) {
            case CONFIRM -> {
                cases.recordDecision(caseId, caller.id(), decision.comment());
                variables.put("confirmation", outcome);
                variables.put("confirmedBy", caller.id());
            }
            case SUPERVISE -> variables.put("supervisedBy", caller.id());
            case REVIEW_OBJECTION -> {
                String corrected = null;
                if ("UPHOLD_CORRECT".equals(outcome)) {
                    Object reason = decision.data().get("reason");
                    if (!(reason instanceof String text) || text.isBlank() || text.length() > 500) {
                        throw new PlatformException(PlatformException.Kind.INVALID_INPUT, "CORRECTED_REASON_REQUIRED",
                                "更正列入时须在 data.reason 中填写更正后的列入原因（不超过500字）",
                                "Correcting a listing needs the corrected reason in data.reason (at most 500 characters)",
                                Map.of("field", "data.reason"));
                    }
                    corrected = text;
                }
                cases.decideRequest(caseId, CreditRequestKind.OBJECTION,
                        "REJECT".equals(outcome) ? CreditRequestStatus.REFUSED : CreditRequestStatus.GRANTED,
                        caller.id(), decision.comment());
                variables.put("objectionOutcome", outcome);
                variables.put("objectionComment", decision.comment());
                variables.put("objectionDecidedBy", caller.id());
                variables.put("correctedReason", corrected);
            }
            case REVIEW_REMOVAL -> {
                cases.decideRequest(caseId, CreditRequestKind.REMOVAL,
                        "REMOVE".equals(outcome) ? CreditRequestStatus.GRANTED : CreditRequestStatus.REFUSED,
                        caller.id(), decision.comment());
                variables.put("removalOutcome", outcome);
                variables.put("removalComment", decision.comment());
                variables.put("removalDecidedBy", caller.id());
            }
            default -> throw PlatformException.invalid("UNKNOWN_TASK", "无法办理此任务：" + task.taskDefinitionKey(),
                    "This task cannot be completed here: " + task.taskDefinitionKey());
        }
        return variables;
    }
}

package org.socorg.platform.fundraising.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socorg.platform.fundraising.FundraisingService;
import org.socorg.platform.fundraising.QualificationStatus;
import org.socorg.platform.fundraising.Reason;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.OpenTask;
import org.socorg.platform.task.TaskCompletionHandler;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskOutcome;
import org.springframework.stereotype.Component;

/** The user tasks of {@code fundraising-qualification}: their outcomes and what each outcome does. */
@Component
class QualificationTaskHandler implements TaskCompletionHandler {

    static final String CHECK_APPLICATION = "UserTask_CheckApplication";
    static final String PROVIDE_SUPPLEMENTS = "UserTask_ProvideSupplements";
    static final String REVIEW = "UserTask_ReviewApplication";
    static final String DECIDE = "UserTask_DecideQualification";
    static final String SUPERVISE = "UserTask_SuperviseOverdueCase";

    private static final Map<String, List<TaskOutcome>> OUTCOMES = Map.of(
            CHECK_APPLICATION, List.of(
                    new TaskOutcome("COMPLETE", "材料齐全，予以受理", "Application complete: accept", false),
                    new TaskOutcome("SUPPLEMENT", "一次性告知补正", "Request supplementary material", true),
                    new TaskOutcome("NOT_ACCEPTED", "不予受理", "Do not accept", true)),
            PROVIDE_SUPPLEMENTS, List.of(
                    new TaskOutcome("SUBMIT", "提交补正材料", "Submit the supplementary material", false)),
            REVIEW, List.of(
                    new TaskOutcome("RECOMMEND_APPROVAL", "建议准予", "Recommend approval", false),
                    new TaskOutcome("RECOMMEND_REFUSAL", "建议不予准予", "Recommend refusal", true)),
            DECIDE, List.of(
                    new TaskOutcome("APPROVE", "准予公开募捐资格", "Grant the qualification", false),
                    new TaskOutcome("REFUSE", "不予公开募捐资格", "Refuse the qualification", true)),
            SUPERVISE, List.of(
                    new TaskOutcome("ACKNOWLEDGE", "已督办", "Supervision recorded", true)));

    private final FundraisingStore store;

    QualificationTaskHandler(FundraisingStore store) {
        this.store = store;
    }

    @Override
    public String processDefinitionKey() {
        return FundraisingService.QUALIFICATION_PROCESS;
    }

    @Override
    public List<TaskOutcome> outcomes(String taskDefinitionKey) {
        return OUTCOMES.getOrDefault(taskDefinitionKey, List.of());
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Caller caller, TaskDecision decision) {
        String id = task.businessKey();
        String outcome = decision.outcome();
        Map<String, Object> variables = new HashMap<>();
        switch (task.taskDefinitionKey()) {
            case CHECK_APPLICATION -> {
                variables.put("acceptanceOutcome", outcome);
                store.transition(id, EnumSet.of(QualificationStatus.SUBMITTED), row -> {
                    switch (outcome) {
                        case "COMPLETE" -> row.status = QualificationStatus.ACCEPTED;
                        case "SUPPLEMENT" -> {
                            row.status = QualificationStatus.SUPPLEMENT_REQUESTED;
                            row.outcomeReasons = store.toJson(List.of(new Reason("SUPPLEMENT_REQUESTED",
                                    decision.comment(), decision.comment())));
                        }
                        default -> row.outcomeReasons = store.toJson(List.of(new Reason("NOT_ACCEPTED",
                                decision.comment(), decision.comment())));
                    }
                });
            }
            case PROVIDE_SUPPLEMENTS -> store.transition(id, EnumSet.of(QualificationStatus.SUPPLEMENT_REQUESTED),
                    row -> {
                        row.statement = text(decision.data(), "statement", row.statement);
                        row.governance = text(decision.data(), "governance", row.governance);
                        row.status = QualificationStatus.SUBMITTED;
                        row.outcomeReasons = null;
                    });
            case REVIEW -> {
                variables.put("reviewRecommendation", outcome);
                variables.put("reviewOpinion", decision.comment());
            }
            case DECIDE -> {
                variables.put("decision", outcome);
                variables.put("decidedBy", caller.id());
                if ("REFUSE".equals(outcome)) {
                    store.transition(id, EnumSet.of(QualificationStatus.ACCEPTED),
                            row -> row.outcomeReasons = store.toJson(List.of(new Reason("REFUSED_BY_AUTHORITY",
                                    decision.comment(), decision.comment()))));
                }
            }
            case SUPERVISE -> variables.put("supervisedBy", caller.id());
            default -> throw PlatformException.invalid("UNKNOWN_TASK", "无法办理此任务：" + task.taskDefinitionKey(),
                    "This task cannot be completed here: " + task.taskDefinitionKey());
        }
        return variables;
    }

    /** A corrected text field, or the current value when the applicant left it out. */
    private static String text(Map<String, Object> data, String field, String current) {
        Object value = data.get(field);
        if (value == null) {
            return current;
        }
        String s = value.toString().trim();
        if (s.length() > 2000 || "statement".equals(field) && s.isEmpty()) {
            throw new PlatformException(PlatformException.Kind.INVALID_INPUT, "INVALID_FIELD",
                    "补正内容 " + field + " 不能为空且不超过2000字", "The field " + field
                    + " must not be empty and has at most 2000 characters", Map.of("field", field));
        }
        return s.isEmpty() ? null : s;
    }
}

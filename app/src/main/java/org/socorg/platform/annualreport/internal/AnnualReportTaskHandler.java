package org.socorg.platform.annualreport.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socorg.platform.annualreport.AnnualReportContent;
import org.socorg.platform.annualreport.AnnualReportService;
import org.socorg.platform.annualreport.AnnualReportStatus;
import org.socorg.platform.annualreport.Finding;
import org.socorg.platform.annualreport.ReviewOutcome;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.OpenTask;
import org.socorg.platform.task.TaskCompletionHandler;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskOutcome;
import org.springframework.stereotype.Component;

/** The user tasks of {@code annual-report}: their outcomes and what each outcome does to the report. */
@Component
class AnnualReportTaskHandler implements TaskCompletionHandler {

    static final String REVIEW = "UserTask_ReviewReport";
    static final String CORRECT = "UserTask_CorrectReport";
    static final String SUPERVISE = "UserTask_SuperviseOverdueReview";
    static final String RETURN = "RETURN";

    private static final Map<String, List<TaskOutcome>> OUTCOMES = Map.of(
            REVIEW, List.of(
                    new TaskOutcome(ReviewOutcome.QUALIFIED.name(), "合格", "Qualified", false),
                    new TaskOutcome(ReviewOutcome.BASICALLY_QUALIFIED.name(), "基本合格", "Basically qualified", true),
                    new TaskOutcome(ReviewOutcome.UNQUALIFIED.name(), "不合格", "Unqualified", true),
                    new TaskOutcome(RETURN, "退回修改", "Return for correction", true)),
            CORRECT, List.of(
                    new TaskOutcome("RESUBMIT", "提交修改后的年度报告", "Submit the corrected report", false)),
            SUPERVISE, List.of(
                    new TaskOutcome("ACKNOWLEDGE", "已督办", "Supervision recorded", true)));

    private final ReportStore store;
    private final PlausibilityRules rules;
    private final Validator validator;

    AnnualReportTaskHandler(ReportStore store, PlausibilityRules rules, Validator validator) {
        this.store = store;
        this.rules = rules;
        this.validator = validator;
    }

    @Override
    public String processDefinitionKey() {
        return AnnualReportService.PROCESS_KEY;
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
            case REVIEW -> {
                variables.put("reviewOutcome", outcome);
                variables.put("reviewedBy", caller.id());
                store.transition(caseId, Set.of(AnnualReportStatus.SUBMITTED), row -> {
                    row.setReviewOpinion(decision.hasComment() ? decision.comment().trim() : null);
                    if (RETURN.equals(outcome)) {
                        row.setStatus(AnnualReportStatus.RETURNED);
                    } else {
                        row.setStatus(AnnualReportStatus.ACCEPTED);
                        row.setOutcome(ReviewOutcome.valueOf(outcome));
                        row.setReviewedBy(caller.id());
                        row.setReviewedAt(ReportStore.now());
                    }
                });
            }
            case CORRECT -> store.transition(caseId, Set.of(AnnualReportStatus.RETURNED), row -> {
                if (!decision.data().isEmpty()) {
                    AnnualReportContent corrected = merged(store.content(row), decision.data());
                    List<Finding> findings = rules.requirePlausible(row.getOrgType(), corrected);
                    row.setPayload(store.toJson(corrected));
                    row.setFindings(findings.isEmpty() ? null : store.toJson(findings));
                }
                row.setStatus(AnnualReportStatus.SUBMITTED);
                // submittedAt stays the first filing's: whether the report was on time was decided then
                row.setCorrections(row.getCorrections() + 1);
            });
            case SUPERVISE -> variables.put("supervisedBy", caller.id());
            default -> throw PlatformException.invalid("UNKNOWN_TASK", "无法办理此任务：" + task.taskDefinitionKey(),
                    "This task cannot be completed here: " + task.taskDefinitionKey());
        }
        return variables;
    }

    /** The corrections overlay the filed report; the result must pass the same validation as a new filing. */
    private AnnualReportContent merged(AnnualReportContent current, Map<String, Object> changes) {
        var json = store.json();
        Map<String, Object> fields = json.convertValue(current, json.getTypeFactory()
                .constructMapType(HashMap.class, String.class, Object.class));
        for (String key : changes.keySet()) {
            if (!fields.containsKey(key) && !isContentField(key)) {
                throw new PlatformException(PlatformException.Kind.INVALID_INPUT, "UNKNOWN_FIELD",
                        "年度报告没有字段“" + key + "”", "The annual report has no field '" + key + "'",
                        Map.of("field", key));
            }
        }
        fields.putAll(changes);
        AnnualReportContent updated;
        try {
            updated = json.convertValue(fields, AnnualReportContent.class);
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("MALFORMED_REQUEST", "修改内容中有字段类型或取值不对",
                    "A field of the corrected report has the wrong type or value");
        }
        Set<ConstraintViolation<AnnualReportContent>> violations = validator.validate(updated);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return updated.normalized();
    }

    private static boolean isContentField(String key) {
        for (var component : AnnualReportContent.class.getRecordComponents()) {
            if (component.getName().equals(key)) {
                return true;
            }
        }
        return false;
    }
}

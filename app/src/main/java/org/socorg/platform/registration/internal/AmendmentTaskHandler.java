package org.socorg.platform.registration.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.registration.ApplicationKind;
import org.socorg.platform.registration.ApplicationStatus;
import org.socorg.platform.registration.Reason;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.OpenTask;
import org.socorg.platform.task.TaskCompletionHandler;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskOutcome;

/**
 * The user tasks of {@code registration-change} and {@code registration-deregistration}, which share the
 * establishment's shape: acceptance with supplements, review, the director's decision, supervision when overdue.
 * Only the decision's labels and the applicant's supplements (which fields they may correct) differ.
 */
abstract class AmendmentTaskHandler<R> implements TaskCompletionHandler {

    static final String CHECK_DOCUMENTS = "UserTask_CheckDocuments";
    static final String PROVIDE_SUPPLEMENTS = "UserTask_ProvideSupplements";
    static final String REVIEW = "UserTask_ReviewApplication";
    static final String SUPERVISE = "UserTask_SuperviseOverdueCase";

    private final ApplicationKind kind;
    private final String decideTask;
    private final Class<R> requestType;
    private final Map<String, List<TaskOutcome>> outcomes;
    final ApplicationStore store;
    private final ObjectMapper json;
    private final Validator validator;

    AmendmentTaskHandler(ApplicationKind kind, String decideTask, String whatZh, String whatEn, Class<R> requestType,
            ApplicationStore store, ObjectMapper json, Validator validator) {
        this.kind = kind;
        this.decideTask = decideTask;
        this.requestType = requestType;
        this.store = store;
        this.json = json;
        this.validator = validator;
        this.outcomes = Map.of(
                CHECK_DOCUMENTS, List.of(
                        new TaskOutcome("COMPLETE", "材料齐全，予以受理", "Documents complete: accept", false),
                        new TaskOutcome("SUPPLEMENT", "一次性告知补正", "Request supplementary material", true),
                        new TaskOutcome("NOT_ACCEPTED", "不予受理", "Do not accept", true)),
                PROVIDE_SUPPLEMENTS, List.of(
                        new TaskOutcome("SUBMIT", "提交补正材料", "Submit the supplementary material", false)),
                REVIEW, List.of(
                        new TaskOutcome("RECOMMEND_APPROVAL", "建议准予" + whatZh, "Recommend approval", false),
                        new TaskOutcome("RECOMMEND_REFUSAL", "建议不予" + whatZh, "Recommend refusal", true)),
                decideTask, List.of(
                        new TaskOutcome("APPROVE", "准予" + whatZh, "Approve the " + whatEn, false),
                        new TaskOutcome("REFUSE", "不予" + whatZh, "Refuse the " + whatEn, true)),
                SUPERVISE, List.of(
                        new TaskOutcome("ACKNOWLEDGE", "已督办", "Supervision recorded", true)));
    }

    @Override
    public String processDefinitionKey() {
        return kind.processKey();
    }

    @Override
    public List<TaskOutcome> outcomes(String taskDefinitionKey) {
        return outcomes.getOrDefault(taskDefinitionKey, List.of());
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Caller caller, TaskDecision decision) {
        String applicationId = task.businessKey();
        String outcome = decision.outcome();
        Map<String, Object> variables = new HashMap<>();
        String key = task.taskDefinitionKey();
        if (CHECK_DOCUMENTS.equals(key)) {
            variables.put("acceptanceOutcome", outcome);
            store.transition(applicationId, EnumSet.of(ApplicationStatus.SUBMITTED), row -> {
                switch (outcome) {
                    case "COMPLETE" -> row.setStatus(ApplicationStatus.ACCEPTED);
                    case "SUPPLEMENT" -> {
                        row.setStatus(ApplicationStatus.SUPPLEMENT_REQUESTED);
                        row.setOutcomeReasons(store.toJson(List.of(new Reason("SUPPLEMENT_REQUESTED",
                                decision.comment(), decision.comment()))));
                    }
                    default -> row.setOutcomeReasons(store.toJson(List.of(new Reason("NOT_ACCEPTED",
                            decision.comment(), decision.comment()))));
                }
            });
        } else if (PROVIDE_SUPPLEMENTS.equals(key)) {
            store.transition(applicationId, EnumSet.of(ApplicationStatus.SUPPLEMENT_REQUESTED), row -> {
                if (!decision.data().isEmpty()) {
                    R updated = merged(store, row, decision.data());
                    row.setPayload(store.toJson(updated));
                }
                row.setStatus(ApplicationStatus.SUBMITTED);
                row.setOutcomeReasons(null);
            });
        } else if (REVIEW.equals(key)) {
            variables.put("reviewRecommendation", outcome);
            variables.put("reviewOpinion", decision.comment());
        } else if (decideTask.equals(key)) {
            variables.put("decision", outcome);
            variables.put("decidedBy", caller.id());
            if ("REFUSE".equals(outcome)) {
                store.transition(applicationId, EnumSet.of(ApplicationStatus.ACCEPTED),
                        row -> row.setOutcomeReasons(store.toJson(List.of(new Reason("REFUSED_BY_AUTHORITY",
                                decision.comment(), decision.comment())))));
            }
        } else if (SUPERVISE.equals(key)) {
            variables.put("supervisedBy", caller.id());
        } else {
            throw PlatformException.invalid("UNKNOWN_TASK", "无法办理此任务：" + key,
                    "This task cannot be completed here: " + key);
        }
        return variables;
    }

    /** The request as filed, read from the row. */
    abstract R filed(ApplicationStore store, ApplicationRow row);

    /** The corrected request, normalised, after the checks of the kind (beyond the request's own validation). */
    abstract R finish(R corrected, ApplicationRow row);

    /**
     * The applicant's corrections overlay what they filed; the organization they filed for cannot change, and the
     * result must pass the same validation as a new application.
     */
    private R merged(ApplicationStore store, ApplicationRow row, Map<String, Object> changes) {
        Map<String, Object> fields = json.convertValue(filed(store, row), json.getTypeFactory()
                .constructMapType(HashMap.class, String.class, Object.class));
        fields.putAll(changes);
        fields.put("creditCode", row.getCreditCode());
        R updated;
        try {
            updated = json.convertValue(fields, requestType);
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("MALFORMED_REQUEST", "补正内容中有字段类型或取值不对",
                    "A field of the supplementary data has the wrong type or value");
        }
        Set<ConstraintViolation<R>> violations = validator.validate(updated);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return finish(updated, row);
    }
}

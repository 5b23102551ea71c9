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
import org.socorg.platform.registration.EstablishmentRequest;
import org.socorg.platform.registration.Reason;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.OpenTask;
import org.socorg.platform.task.TaskCompletionHandler;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskOutcome;
import org.springframework.stereotype.Component;

/** The user tasks of {@code registration-establishment}: their outcomes and what each outcome does. */
@Component
class EstablishmentTaskHandler implements TaskCompletionHandler {

    static final String CHECK_DOCUMENTS = "UserTask_CheckDocuments";
    static final String PROVIDE_SUPPLEMENTS = "UserTask_ProvideSupplements";
    static final String REVIEW = "UserTask_ReviewApplication";
    static final String DECIDE = "UserTask_DecideRegistration";
    static final String SUPERVISE = "UserTask_SuperviseOverdueCase";

    private static final Map<String, List<TaskOutcome>> OUTCOMES = Map.of(
            CHECK_DOCUMENTS, List.of(
                    new TaskOutcome("COMPLETE", "材料齐全，予以受理", "Documents complete: accept", false),
                    new TaskOutcome("SUPPLEMENT", "一次性告知补正", "Request supplementary material", true),
                    new TaskOutcome("NOT_ACCEPTED", "不予受理", "Do not accept", true)),
            PROVIDE_SUPPLEMENTS, List.of(
                    new TaskOutcome("SUBMIT", "提交补正材料", "Submit the supplementary material", false)),
            REVIEW, List.of(
                    new TaskOutcome("RECOMMEND_APPROVAL", "建议准予登记", "Recommend approval", false),
                    new TaskOutcome("RECOMMEND_REFUSAL", "建议不予登记", "Recommend refusal", true)),
            DECIDE, List.of(
                    new TaskOutcome("APPROVE", "准予登记", "Approve registration", false),
                    new TaskOutcome("REFUSE", "不予登记", "Refuse registration", true)),
            SUPERVISE, List.of(
                    new TaskOutcome("ACKNOWLEDGE", "已督办", "Supervision recorded", true)));

    private final ApplicationStore store;
    private final ObjectMapper json;
    private final Validator validator;

    EstablishmentTaskHandler(ApplicationStore store, ObjectMapper json, Validator validator) {
        this.store = store;
        this.json = json;
        this.validator = validator;
    }

    @Override
    public String processDefinitionKey() {
        return ApplicationKind.ESTABLISHMENT.processKey();
    }

    @Override
    public List<TaskOutcome> outcomes(String taskDefinitionKey) {
        return OUTCOMES.getOrDefault(taskDefinitionKey, List.of());
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Caller caller, TaskDecision decision) {
        String applicationId = task.businessKey();
        String outcome = decision.outcome();
        Map<String, Object> variables = new HashMap<>();
        switch (task.taskDefinitionKey()) {
            case CHECK_DOCUMENTS -> {
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
            }
            case PROVIDE_SUPPLEMENTS -> store.transition(applicationId,
                    EnumSet.of(ApplicationStatus.SUPPLEMENT_REQUESTED), row -> {
                        if (!decision.data().isEmpty()) {
                            EstablishmentRequest updated = merged(store.details(row), decision.data(),
                                    row.getDivisionCode());
                            row.setPayload(store.toJson(updated));
                            row.setName(updated.name());
                            row.setOrgType(updated.orgType());
                            row.setScope(updated.scope());
                        }
                        row.setStatus(ApplicationStatus.SUBMITTED);
                        row.setOutcomeReasons(null);
                    });
            case REVIEW -> {
                variables.put("reviewRecommendation", outcome);
                variables.put("reviewOpinion", decision.comment());
            }
            case DECIDE -> {
                variables.put("decision", outcome);
                variables.put("decidedBy", caller.id());
                if ("REFUSE".equals(outcome)) {
                    store.transition(applicationId, EnumSet.of(ApplicationStatus.ACCEPTED),
                            row -> row.setOutcomeReasons(store.toJson(List.of(new Reason("REFUSED_BY_AUTHORITY",
                                    decision.comment(), decision.comment())))));
                }
            }
            case SUPERVISE -> variables.put("supervisedBy", caller.id());
            default -> throw PlatformException.invalid("UNKNOWN_TASK", "无法办理此任务：" + task.taskDefinitionKey(),
                    "This task cannot be completed here: " + task.taskDefinitionKey());
        }
        return variables;
    }

    /**
     * The applicant's corrections overlay what they filed; the division they filed with cannot change, and the
     * result must pass the same validation as a new application.
     */
    private EstablishmentRequest merged(EstablishmentRequest current, Map<String, Object> changes, String division) {
        Map<String, Object> fields = json.convertValue(current, json.getTypeFactory()
                .constructMapType(HashMap.class, String.class, Object.class));
        fields.putAll(changes);
        fields.put("divisionCode", division);
        EstablishmentRequest updated;
        try {
            updated = json.convertValue(fields, EstablishmentRequest.class);
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("MALFORMED_REQUEST", "补正内容中有字段类型或取值不对",
                    "A field of the supplementary data has the wrong type or value");
        }
        Set<ConstraintViolation<EstablishmentRequest>> violations = validator.validate(updated);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return updated.normalized(division);
    }
}

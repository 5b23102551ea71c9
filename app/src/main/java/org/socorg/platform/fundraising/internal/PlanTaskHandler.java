package org.socorg.platform.fundraising.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.socorg.platform.fundraising.FundraisingPlanService;
import org.socorg.platform.fundraising.PlanRequest;
import org.socorg.platform.fundraising.PlanStatus;
import org.socorg.platform.fundraising.Reason;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.OpenTask;
import org.socorg.platform.task.TaskCompletionHandler;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskOutcome;
import org.springframework.stereotype.Component;

/** The user tasks of {@code fundraising-plan-filing}: their outcomes and what each outcome does. */
@Component
class PlanTaskHandler implements TaskCompletionHandler {

    static final String CHECK_PLAN = "UserTask_CheckPlan";
    static final String PROVIDE_SUPPLEMENTS = "UserTask_ProvidePlanSupplements";
    static final String CLOSING_REPORT = "UserTask_SubmitClosingReport";

    private static final Map<String, List<TaskOutcome>> OUTCOMES = Map.of(
            CHECK_PLAN, List.of(
                    new TaskOutcome("COMPLETE", "方案齐全，予以备案", "Plan complete: file it", false),
                    new TaskOutcome("SUPPLEMENT", "一次性告知补正", "Request supplementary material", true),
                    new TaskOutcome("RETURN", "不予备案", "Return the plan unfiled", true)),
            PROVIDE_SUPPLEMENTS, List.of(
                    new TaskOutcome("SUBMIT", "提交补正后的方案", "Submit the corrected plan", false)),
            CLOSING_REPORT, List.of(
                    new TaskOutcome("SUBMIT", "提交结项报告", "Submit the closing report", false)));

    private final FundraisingStore store;
    private final FundraisingRules rules;
    private final ObjectMapper json;
    private final Validator validator;

    PlanTaskHandler(FundraisingStore store, FundraisingRules rules, ObjectMapper json, Validator validator) {
        this.store = store;
        this.rules = rules;
        this.json = json;
        this.validator = validator;
    }

    @Override
    public String processDefinitionKey() {
        return FundraisingPlanService.PLAN_PROCESS;
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
            case CHECK_PLAN -> {
                variables.put("checkOutcome", outcome);
                store.transitionPlan(id, EnumSet.of(PlanStatus.SUBMITTED), row -> {
                    switch (outcome) {
                        case "SUPPLEMENT" -> {
                            row.status = PlanStatus.SUPPLEMENT_REQUESTED;
                            row.outcomeReasons = store.toJson(List.of(new Reason("SUPPLEMENT_REQUESTED",
                                    decision.comment(), decision.comment())));
                        }
                        case "RETURN" -> row.outcomeReasons = store.toJson(List.of(new Reason("RETURNED",
                                decision.comment(), decision.comment())));
                        default -> row.outcomeReasons = null;
                    }
                });
            }
            case PROVIDE_SUPPLEMENTS -> store.transitionPlan(id, EnumSet.of(PlanStatus.SUPPLEMENT_REQUESTED), row -> {
                if (!decision.data().isEmpty()) {
                    PlanRequest corrected = merged(row.toRequest(), decision.data(), row.creditCode);
                    FundraisingPlanService.checkDates(corrected);
                    List<Reason> late = rules.filingDates(row.submittedOn, corrected.startDate(),
                            corrected.inEmergency());
                    if (!late.isEmpty()) {
                        throw new PlatformException(PlatformException.Kind.CONFLICT, "FILING_TOO_LATE",
                                late.stream().map(Reason::messageZh).collect(Collectors.joining("；")),
                                late.stream().map(Reason::messageEn).collect(Collectors.joining("; ")),
                                Map.of("reasons", late.stream().map(Reason::code).toList()));
                    }
                    row.apply(corrected);
                }
                row.status = PlanStatus.SUBMITTED;
                row.outcomeReasons = null;
            });
            case CLOSING_REPORT -> {
                store.transitionPlan(id, EnumSet.of(PlanStatus.FILED), row -> { });
                variables.put("totalRaised", amount(decision.data().get("totalRaised")));
                variables.put("closingSummary", decision.hasComment() ? decision.comment().trim() : null);
                variables.put("reportedBy", caller.id());
            }
            default -> throw PlatformException.invalid("UNKNOWN_TASK", "无法办理此任务：" + task.taskDefinitionKey(),
                    "This task cannot be completed here: " + task.taskDefinitionKey());
        }
        return variables;
    }

    private static BigDecimal amount(Object value) {
        try {
            BigDecimal amount = new BigDecimal(String.valueOf(value));
            if (amount.signum() >= 0 && amount.scale() <= 2 && amount.precision() - amount.scale() <= 12) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new PlatformException(PlatformException.Kind.INVALID_INPUT, "INVALID_AMOUNT",
                "请在 totalRaised 中填写募得总额（元，不为负数，最多两位小数）",
                "Give the total raised in totalRaised (CNY, not negative, at most two decimals)",
                Map.of("field", "totalRaised"));
    }

    /** The applicant's corrections overlay the plan; the organization cannot change. */
    private PlanRequest merged(PlanRequest current, Map<String, Object> changes, String creditCode) {
        Map<String, Object> fields = json.convertValue(current, json.getTypeFactory()
                .constructMapType(HashMap.class, String.class, Object.class));
        fields.putAll(changes);
        fields.put("creditCode", creditCode);
        PlanRequest updated;
        try {
            updated = json.convertValue(fields, PlanRequest.class);
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("MALFORMED_REQUEST", "补正内容中有字段类型或取值不对",
                    "A field of the supplementary data has the wrong type or value");
        }
        Set<ConstraintViolation<PlanRequest>> violations = validator.validate(updated);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return updated;
    }
}

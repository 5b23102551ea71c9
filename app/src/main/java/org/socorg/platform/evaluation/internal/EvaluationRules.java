package org.socorg.platform.evaluation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.socorg.platform.evaluation.EvaluationReason;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The evaluation's DMN tables in {@code processes/evaluation} (latest deployed version, so an analyst's change
 * applies to the next case): eligibility (each hit a refusal reason), the scoring criteria with their maxima and
 * weights, and the grade thresholds.
 */
@Component
public class EvaluationRules {

    static final String ELIGIBILITY = "evaluation-eligibility";
    static final String CRITERIA = "evaluation-criteria";
    static final String GRADE = "evaluation-grade";
    /** What the grade table answers when the total reaches no grade. */
    static final String NO_GRADE = "NONE";

    /** One scoring criterion: its code (the key in an expert's scores), labels, maximum and weight in the total. */
    public record Criterion(String code, String labelZh, String labelEn, int maxScore, BigDecimal weight) {
    }

    /** The facts the eligibility table looks at. */
    public record EligibilityFacts(boolean organizationActive, int yearsRegistered, boolean abnormalActivityListed,
            boolean seriouslyDishonest, boolean annualReportsInOrder, boolean hasValidGrade, int yearsSinceGrade) {
    }

    private final DecisionService decisions;

    EvaluationRules(@Lazy DecisionService decisions) {
        this.decisions = decisions;
    }

    public List<EvaluationReason> eligibility(EligibilityFacts f) {
        DmnDecisionResult result = decisions.evaluateDecisionByKey(ELIGIBILITY).variables(Variables.createVariables()
                .putValue("organizationActive", f.organizationActive())
                .putValue("yearsRegistered", f.yearsRegistered())
                .putValue("abnormalActivityListed", f.abnormalActivityListed())
                .putValue("seriouslyDishonest", f.seriouslyDishonest())
                .putValue("annualReportsInOrder", f.annualReportsInOrder())
                .putValue("hasValidGrade", f.hasValidGrade())
                .putValue("yearsSinceGrade", f.yearsSinceGrade())).evaluate();
        return result.getResultList().stream()
                .map(r -> new EvaluationReason((String) r.get("reasonCode"), (String) r.get("messageZh"),
                        (String) r.get("messageEn")))
                .toList();
    }

    public List<Criterion> criteria(String orgType) {
        DmnDecisionResult result = decisions.evaluateDecisionByKey(CRITERIA)
                .variables(Variables.createVariables().putValue("orgType", orgType)).evaluate();
        return result.getResultList().stream()
                .map(r -> new Criterion((String) r.get("criterion"), (String) r.get("labelZh"),
                        (String) r.get("labelEn"), ((Number) r.get("maxScore")).intValue(),
                        BigDecimal.valueOf(((Number) r.get("weight")).doubleValue())))
                .toList();
    }

    /** The grade for a total, empty when it reaches none. */
    public Optional<String> grade(BigDecimal total) {
        String grade = decisions.evaluateDecisionByKey(GRADE)
                .variables(Variables.createVariables().putValue("totalScore", total.doubleValue()))
                .evaluate().getSingleResult().getEntry("grade");
        return NO_GRADE.equals(grade) ? Optional.empty() : Optional.of(grade);
    }
}

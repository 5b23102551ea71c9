package org.socorg.platform.complaint.internal;

import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.socorg.platform.complaint.EnforcementOutcome;
import org.socorg.platform.credit.CreditList;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The credit consequences of a penalty (DMN {@code enforcement-credit-sanction}, latest version): which list, for
 * which reason, on which legal basis. A dismissal has none.
 */
@Component
public class EnforcementRules {

    static final String CREDIT_SANCTION = "enforcement-credit-sanction";

    /** One listing the penalty calls for. */
    public record Consequence(CreditList list, String reasonCode, String reason, String legalBasis) {
    }

    private final DecisionService decisions;

    EnforcementRules(@Lazy DecisionService decisions) {
        this.decisions = decisions;
    }

    /**
     * @param priorWarningsWithinThreeYears warnings and fines under 50,000 CNY decided for the organization in the
     *        three years before, this penalty not counted
     */
    public List<Consequence> creditConsequences(EnforcementOutcome outcome, BigDecimal fineAmount,
            int priorWarningsWithinThreeYears) {
        return decisions.evaluateDecisionByKey(CREDIT_SANCTION).variables(Variables.createVariables()
                        .putValue("outcome", outcome.name())
                        .putValue("fineAmount", fineAmount == null ? 0.0 : fineAmount.doubleValue())
                        .putValue("priorWarningsWithinThreeYears", priorWarningsWithinThreeYears))
                .evaluate().getResultList().stream()
                .map(row -> new Consequence(CreditList.valueOf((String) row.get("list")),
                        (String) row.get("reasonCode"), (String) row.get("reason"), (String) row.get("legalBasis")))
                .toList();
    }
}

package org.socorg.platform.credit.internal;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.socorg.platform.credit.CreditList;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Evaluates the deployed DMN {@code credit-listing-reasons} (latest version, so an analyst's change applies to the
 * next proposal): reason code → list, legal basis, how the listing is removed and its period.
 */
@Component
public class CreditListingRules {

    static final String DECISION = "credit-listing-reasons";

    private final DecisionService decisions;

    CreditListingRules(@Lazy DecisionService decisions) {
        this.decisions = decisions;
    }

    /** The rule of a reason code, empty when the table has no row for it. */
    public Optional<ListingRule> forReason(String reasonCode) {
        DmnDecisionResultEntries row = decisions.evaluateDecisionByKey(DECISION)
                .variables(Variables.createVariables().putValue("reasonCode", reasonCode)).evaluate()
                .getFirstResult();
        if (row == null) {
            return Optional.empty();
        }
        Map<String, Object> out = row.getEntryMap();
        return Optional.of(new ListingRule(reasonCode, CreditList.valueOf((String) out.get("list")),
                (String) out.get("reasonZh"), (String) out.get("reasonEn"), (String) out.get("legalBasisZh"),
                (String) out.get("legalBasisEn"), Boolean.TRUE.equals(out.get("removalByApplication")),
                Boolean.TRUE.equals(out.get("removalAfterPeriod")), ((Number) out.get("periodYears")).intValue(),
                Boolean.TRUE.equals(out.get("escalatesAfterPeriod"))));
    }
}

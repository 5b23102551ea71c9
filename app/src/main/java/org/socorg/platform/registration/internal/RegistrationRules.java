package org.socorg.platform.registration.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.socorg.platform.registration.EstablishmentRequest;
import org.socorg.platform.registration.Reason;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Evaluates the deployed DMN tables (latest version, so an analyst's new rules apply to the next check).
 * Both tables collect refusal reasons; no reasons means no objection.
 */
@Component
public class RegistrationRules {

    static final String REQUIREMENTS = "registration-requirements";
    static final String NAME_RULES = "registration-name-rules";

    private final DecisionService decisions;

    RegistrationRules(@Lazy DecisionService decisions) {
        this.decisions = decisions;
    }

    public List<Reason> check(EstablishmentRequest r, boolean nameTakenInJurisdiction) {
        List<Reason> reasons = new ArrayList<>();
        reasons.addAll(evaluate(NAME_RULES, Variables.createVariables()
                .putValue("orgType", r.orgType().name())
                .putValue("scope", r.scope().name())
                .putValue("name", r.name())
                .putValue("nameTakenInJurisdiction", nameTakenInJurisdiction)));
        reasons.addAll(evaluate(REQUIREMENTS, Variables.createVariables()
                .putValue("orgType", r.orgType().name())
                .putValue("scope", r.scope().name())
                .putValue("publicFundraising", Boolean.TRUE.equals(r.publicFundraising()))
                .putValue("activityFunds", r.activityFunds().doubleValue())
                .putValue("individualMembers", r.individualMembers() == null ? 0 : r.individualMembers())
                .putValue("unitMembers", r.unitMembers() == null ? 0 : r.unitMembers())));
        return reasons;
    }

    private List<Reason> evaluate(String key, Map<String, Object> variables) {
        DmnDecisionResult result = decisions.evaluateDecisionByKey(key).variables(variables).evaluate();
        return result.getResultList().stream()
                .map(row -> new Reason((String) row.get("reasonCode"), (String) row.get("messageZh"),
                        (String) row.get("messageEn")))
                .toList();
    }
}

package org.socorg.platform.registration.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.processes.LatestDecisions;
import org.socorg.platform.registration.ChangeRequest;
import org.socorg.platform.registration.DeregistrationRequest;
import org.socorg.platform.registration.EstablishmentRequest;
import org.socorg.platform.registration.Reason;
import org.springframework.stereotype.Component;

/**
 * Evaluates the deployed DMN tables (latest version, so an analyst's new rules apply to the next check; see
 * {@link LatestDecisions} for how "latest" is known without a query per evaluation).
 * Both tables collect refusal reasons; no reasons means no objection.
 */
@Component
public class RegistrationRules {

    static final String REQUIREMENTS = "registration-requirements";
    static final String NAME_RULES = "registration-name-rules";
    static final String CHANGE_RULES = "registration-change-rules";
    static final String DEREGISTRATION_REQUIREMENTS = "registration-deregistration-requirements";
    /** The one reason of the requirements table a change of funds can meet; members are not registered. */
    static final String FUNDS_BELOW_MINIMUM = "FUNDS_BELOW_MINIMUM";

    private final LatestDecisions decisions;

    RegistrationRules(LatestDecisions decisions) {
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

    /**
     * The rules on a change: a new name meets the establishment's name rules (taken by another organization of the
     * jurisdiction, reserved words, suffix, length); new funds meet the minimum funds of the type; the change
     * rules ({@value #CHANGE_RULES}) ask for the resolution and a new supervising unit's consent.
     */
    public List<Reason> checkChange(Organization org, ChangeRequest c, boolean nameTakenByAnother) {
        List<Reason> reasons = new ArrayList<>();
        boolean nameChanged = c.name() != null && !c.name().equals(org.name());
        if (nameChanged) {
            reasons.addAll(evaluate(NAME_RULES, Variables.createVariables()
                    .putValue("orgType", org.orgType().name())
                    .putValue("scope", org.scope().name())
                    .putValue("name", c.name())
                    .putValue("nameTakenInJurisdiction", nameTakenByAnother)));
        }
        if (c.activityFunds() != null && c.activityFunds().compareTo(org.activityFunds()) != 0) {
            reasons.addAll(evaluate(REQUIREMENTS, Variables.createVariables()
                    .putValue("orgType", org.orgType().name())
                    .putValue("scope", org.scope().name())
                    .putValue("publicFundraising", org.publicFundraising())
                    .putValue("activityFunds", c.activityFunds().doubleValue())
                    .putValue("individualMembers", 0)
                    .putValue("unitMembers", 0)).stream()
                    .filter(r -> FUNDS_BELOW_MINIMUM.equals(r.code())).toList());
        }
        boolean supervisingUnitChanged = c.supervisingUnit() != null
                && !c.supervisingUnit().equals(org.supervisingUnit());
        reasons.addAll(evaluate(CHANGE_RULES, Variables.createVariables()
                .putValue("resolutionAdopted", Boolean.TRUE.equals(c.resolutionAdopted()))
                .putValue("supervisingUnitChanged", supervisingUnitChanged)
                .putValue("supervisingUnitConsent", Boolean.TRUE.equals(c.supervisingUnitConsent()))));
        return reasons;
    }

    /** The deregistration requirements ({@value #DEREGISTRATION_REQUIREMENTS}): liquidation done and confirmed. */
    public List<Reason> checkDeregistration(Organization org, DeregistrationRequest d, LocalDate today) {
        return evaluate(DEREGISTRATION_REQUIREMENTS, Variables.createVariables()
                .putValue("liquidationCompleted", Boolean.TRUE.equals(d.liquidationCompleted()))
                .putValue("liquidationReportConfirmed", Boolean.TRUE.equals(d.liquidationReportConfirmed()))
                .putValue("daysSinceLiquidation", (int) ChronoUnit.DAYS.between(d.liquidationCompletedOn(), today))
                .putValue("hasSupervisingUnit", org.supervisingUnit() != null && !org.supervisingUnit().isBlank())
                .putValue("supervisingUnitConsent", Boolean.TRUE.equals(d.supervisingUnitConsent())));
    }

    private List<Reason> evaluate(String key, Map<String, Object> variables) {
        DmnDecisionResult result = decisions.evaluate(key, variables);
        return result.getResultList().stream()
                .map(row -> new Reason((String) row.get("reasonCode"), (String) row.get("messageZh"),
                        (String) row.get("messageEn")))
                .toList();
    }
}

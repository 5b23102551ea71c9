package org.socorg.platform.credit.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.credit.internal.CreditCases;
import org.socorg.platform.credit.internal.RemovalKind;
import org.springframework.stereotype.Component;

/**
 * Service task: removes the listing (input parameter {@code removal}: CAUSE_CLEARED, OBJECTION_UPHELD or
 * ON_APPLICATION), naming who decided and why from the variables of that path.
 */
@Component("removeCreditListing")
class RemoveCreditListing implements JavaDelegate {

    private final CreditCases cases;

    RemoveCreditListing(CreditCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RemovalKind kind = RemovalKind.valueOf((String) execution.getVariableLocal("removal"));
        String prefix = switch (kind) {
            case CAUSE_CLEARED -> "cleared";
            case OBJECTION_UPHELD -> "objection";
            case ON_APPLICATION, ESCALATED -> "removal";
        };
        String by = (String) execution.getVariable(kind == RemovalKind.CAUSE_CLEARED ? "clearedBy" : prefix + "DecidedBy");
        String why = (String) execution.getVariable(kind == RemovalKind.CAUSE_CLEARED ? "clearedExplanation"
                : prefix + "Comment");
        cases.remove(CreditListingTimes.caseId(execution), kind, by, why);
    }
}

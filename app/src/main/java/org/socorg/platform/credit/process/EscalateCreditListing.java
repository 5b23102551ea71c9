package org.socorg.platform.credit.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.credit.internal.CreditCases;
import org.springframework.stereotype.Component;

/** Service task: two years on the abnormal-activity list: moves the organization to the serious-dishonesty list. */
@Component("escalateCreditListing")
class EscalateCreditListing implements JavaDelegate {

    private final CreditCases cases;

    EscalateCreditListing(CreditCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.escalate(CreditListingTimes.caseId(execution));
    }
}

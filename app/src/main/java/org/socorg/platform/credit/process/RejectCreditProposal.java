package org.socorg.platform.credit.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.credit.internal.CreditCases;
import org.springframework.stereotype.Component;

/** Service task: records that the official did not list the organization. */
@Component("rejectCreditProposal")
class RejectCreditProposal implements JavaDelegate {

    private final CreditCases cases;

    RejectCreditProposal(CreditCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.reject(CreditListingTimes.caseId(execution));
    }
}

package org.socorg.platform.credit.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.credit.internal.CreditCases;
import org.springframework.stereotype.Component;

/** Service task: the cause was cleared before the listing was confirmed: the proposal lapses. */
@Component("withdrawCreditProposal")
class WithdrawCreditProposal implements JavaDelegate {

    private final CreditCases cases;

    WithdrawCreditProposal(CreditCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.withdraw(CreditListingTimes.caseId(execution));
    }
}

package org.socorg.platform.credit.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.credit.internal.CreditCases;
import org.springframework.stereotype.Component;

/** Service task: the objection was upheld: the listing's reason is corrected and it stays in force. */
@Component("correctCreditListing")
class CorrectCreditListing implements JavaDelegate {

    private final CreditCases cases;

    CorrectCreditListing(CreditCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.correct(CreditListingTimes.caseId(execution), (String) execution.getVariable("correctedReason"));
    }
}

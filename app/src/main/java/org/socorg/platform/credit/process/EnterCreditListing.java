package org.socorg.platform.credit.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.credit.internal.CreditCases;
import org.springframework.stereotype.Component;

/** Service task: enters the confirmed listing and notifies the organization; sets {@code listingId}. */
@Component("enterCreditListing")
class EnterCreditListing implements JavaDelegate {

    private final CreditCases cases;

    EnterCreditListing(CreditCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("listingId", cases.enter(CreditListingTimes.caseId(execution),
                (String) execution.getVariable("confirmedBy")));
    }
}

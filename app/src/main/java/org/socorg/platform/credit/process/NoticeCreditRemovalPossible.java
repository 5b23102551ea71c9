package org.socorg.platform.credit.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.credit.internal.CreditCases;
import org.springframework.stereotype.Component;

/** Service task: the serious-dishonesty period passed without a new reason: tells the organization it may apply
 * for removal. */
@Component("noticeCreditRemovalPossible")
class NoticeCreditRemovalPossible implements JavaDelegate {

    private final CreditCases cases;

    NoticeCreditRemovalPossible(CreditCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.noticeRemovalPossible(CreditListingTimes.caseId(execution));
    }
}

package org.socorg.platform.credit.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.credit.internal.CreditCases;
import org.springframework.stereotype.Component;

/** Service task: tells the organization its removal application was refused. */
@Component("refuseCreditRemoval")
class RefuseCreditRemoval implements JavaDelegate {

    private final CreditCases cases;

    RefuseCreditRemoval(CreditCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.noticeRemovalRefused(CreditListingTimes.caseId(execution),
                (String) execution.getVariable("removalComment"));
    }
}

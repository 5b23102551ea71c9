package org.socorg.platform.credit.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.credit.internal.CreditCases;
import org.springframework.stereotype.Component;

/** Service task: tells the organization its objection was rejected. */
@Component("rejectCreditObjection")
class RejectCreditObjection implements JavaDelegate {

    private final CreditCases cases;

    RejectCreditObjection(CreditCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.noticeObjectionRejected(CreditListingTimes.caseId(execution),
                (String) execution.getVariable("objectionComment"));
    }
}

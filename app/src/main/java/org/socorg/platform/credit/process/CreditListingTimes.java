package org.socorg.platform.credit.process;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.socorg.platform.credit.internal.CreditCases;
import org.springframework.stereotype.Component;

/**
 * The credit model's dates, by the bean name {@code creditListingTimes}: the entry clock started on the day the
 * reason arose (the start event's listener; the confirmation's timers then read it through
 * {@code statutoryClock}), and the end of a listing's period for its timer, re-read each time the model waits for
 * it so that a new listing reason moves it.
 */
@Component("creditListingTimes")
public class CreditListingTimes {

    private final CreditCases cases;

    CreditListingTimes(CreditCases cases) {
        this.cases = cases;
    }

    public void startEntryClock(DelegateExecution execution) {
        if (!Boolean.TRUE.equals(execution.getVariable("preConfirmed"))) {
            cases.startEntryClock(execution.getProcessInstanceId(), caseId(execution));
        }
    }

    public Date periodEndsAt(DelegateExecution execution) {
        return Date.from(cases.periodEndsAt(caseId(execution)));
    }

    static String caseId(DelegateExecution execution) {
        return (String) execution.getVariable("applicationId");
    }
}

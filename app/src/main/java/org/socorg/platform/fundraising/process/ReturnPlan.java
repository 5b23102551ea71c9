package org.socorg.platform.fundraising.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.fundraising.internal.PlanProcessing;
import org.springframework.stereotype.Component;

/** Service task: the plan is returned unfiled (不予备案), with the official's reasons already recorded. */
@Component("returnFundraisingPlan")
class ReturnPlan implements JavaDelegate {

    private final PlanProcessing processing;

    ReturnPlan(PlanProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        processing.returnPlan((String) execution.getVariable("applicationId"));
    }
}

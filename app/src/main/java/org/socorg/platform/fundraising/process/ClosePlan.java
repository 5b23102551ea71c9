package org.socorg.platform.fundraising.process;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.fundraising.internal.PlanProcessing;
import org.springframework.stereotype.Component;

/** Service task: records the closing report (total raised, summary) and closes the plan. */
@Component("closeFundraisingPlan")
class ClosePlan implements JavaDelegate {

    private final PlanProcessing processing;

    ClosePlan(PlanProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        processing.close((String) execution.getVariable("applicationId"),
                (BigDecimal) execution.getVariable("totalRaised"), (String) execution.getVariable("closingSummary"),
                (String) execution.getVariable("reportedBy"));
    }
}

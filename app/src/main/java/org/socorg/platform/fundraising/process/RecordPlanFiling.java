package org.socorg.platform.fundraising.process;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.fundraising.internal.PlanProcessing;
import org.springframework.stereotype.Component;

/** Service task: files the plan under a filing number; sets {@code closingReportDueAt} for the closing timer. */
@Component("recordPlanFiling")
class RecordPlanFiling implements JavaDelegate {

    private final PlanProcessing processing;

    RecordPlanFiling(PlanProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("closingReportDueAt",
                Date.from(processing.file((String) execution.getVariable("applicationId"))));
    }
}

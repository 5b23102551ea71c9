package org.socorg.platform.annualreport.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.annualreport.internal.ReportProcessing;
import org.springframework.stereotype.Component;

/** Service task: tells the credit module that the report the organization was listed for is now filed. */
@Component("clearAnnualReportListingCause")
class ClearAnnualReportListingCause implements JavaDelegate {

    private final ReportProcessing processing;

    ClearAnnualReportListingCause(ReportProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        processing.clearListingCause((String) execution.getVariable("applicationId"));
    }
}

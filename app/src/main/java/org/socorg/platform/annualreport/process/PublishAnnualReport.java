package org.socorg.platform.annualreport.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.annualreport.internal.ReportProcessing;
import org.springframework.stereotype.Component;

/** Service task: publishes the reviewed report; sets {@code clearsListingCause}. */
@Component("publishAnnualReport")
class PublishAnnualReport implements JavaDelegate {

    private final ReportProcessing processing;

    PublishAnnualReport(ReportProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("clearsListingCause",
                processing.publish((String) execution.getVariable("applicationId")));
    }
}

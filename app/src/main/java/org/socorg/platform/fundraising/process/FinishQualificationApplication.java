package org.socorg.platform.fundraising.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.fundraising.QualificationStatus;
import org.socorg.platform.fundraising.internal.QualificationProcessing;
import org.springframework.stereotype.Component;

/** Service task: closes an application with a "no" (input parameter {@code outcome}: REFUSED or NOT_ACCEPTED). */
@Component("finishQualificationApplication")
class FinishQualificationApplication implements JavaDelegate {

    private final QualificationProcessing processing;

    FinishQualificationApplication(QualificationProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        processing.finish((String) execution.getVariable("applicationId"),
                QualificationStatus.valueOf((String) execution.getVariableLocal("outcome")));
    }
}

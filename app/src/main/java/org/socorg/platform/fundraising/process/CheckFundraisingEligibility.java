package org.socorg.platform.fundraising.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.fundraising.internal.QualificationProcessing;
import org.springframework.stereotype.Component;

/** Service task: the eligibility DMN (years registered, credit lists, annual reports); sets {@code eligible}. */
@Component("checkFundraisingEligibility")
class CheckFundraisingEligibility implements JavaDelegate {

    private final QualificationProcessing processing;

    CheckFundraisingEligibility(QualificationProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("eligible",
                processing.checkEligibility((String) execution.getVariable("applicationId")).isEmpty());
    }
}

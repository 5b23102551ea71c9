package org.socorg.platform.fundraising.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.fundraising.internal.QualificationProcessing;
import org.springframework.stereotype.Component;

/** Service task: grants the qualification with its certificate number; sets {@code certificateNumber}. */
@Component("grantFundraisingQualification")
class GrantFundraisingQualification implements JavaDelegate {

    private final QualificationProcessing processing;

    GrantFundraisingQualification(QualificationProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("certificateNumber", processing.grant((String) execution.getVariable("applicationId"),
                (String) execution.getVariable("decidedBy")).certificateNumber());
    }
}

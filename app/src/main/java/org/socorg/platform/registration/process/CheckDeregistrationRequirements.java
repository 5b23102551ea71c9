package org.socorg.platform.registration.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.registration.internal.AmendmentProcessing;
import org.springframework.stereotype.Component;

/** Service task: the DMN deregistration requirements (liquidation); sets {@code requirementsMet}. */
@Component("checkDeregistrationRequirements")
class CheckDeregistrationRequirements implements JavaDelegate {

    private final AmendmentProcessing processing;

    CheckDeregistrationRequirements(AmendmentProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable("applicationId");
        execution.setVariable("requirementsMet", processing.checkDeregistration(applicationId).isEmpty());
    }
}

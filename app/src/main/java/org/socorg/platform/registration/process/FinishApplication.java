package org.socorg.platform.registration.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.registration.ApplicationStatus;
import org.socorg.platform.registration.internal.RegistrationProcessing;
import org.springframework.stereotype.Component;

/**
 * Service task: closes an application with a "no" (input parameter {@code outcome}: REFUSED or NOT_ACCEPTED);
 * the reasons were recorded when they arose.
 */
@Component("finishApplication")
class FinishApplication implements JavaDelegate {

    private final RegistrationProcessing processing;

    FinishApplication(RegistrationProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String outcome = (String) execution.getVariableLocal("outcome");
        processing.finish((String) execution.getVariable("applicationId"), ApplicationStatus.valueOf(outcome));
    }
}

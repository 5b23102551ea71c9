package org.socorg.platform.registration.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.registration.internal.RegistrationProcessing;
import org.springframework.stereotype.Component;

/** Service task: the DMN rules on name, funds and members; sets {@code requirementsMet}. */
@Component("checkRegistrationRequirements")
class CheckRegistrationRequirements implements JavaDelegate {

    private final RegistrationProcessing processing;

    CheckRegistrationRequirements(RegistrationProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable("applicationId");
        execution.setVariable("requirementsMet", processing.checkRequirements(applicationId).isEmpty());
    }
}

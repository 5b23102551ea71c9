package org.socorg.platform.registration.process;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.registration.internal.RegistrationProcessing;
import org.socorg.platform.shared.PlatformException;
import org.springframework.stereotype.Component;

/** Service task: creates the organization; a name registered meanwhile becomes the BPMN error {@code NAME_TAKEN}. */
@Component("registerOrganization")
class RegisterOrganization implements JavaDelegate {

    private final RegistrationProcessing processing;

    RegisterOrganization(RegistrationProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable("applicationId");
        try {
            Organization org = processing.approve(applicationId, (String) execution.getVariable("decidedBy"));
            execution.setVariable("creditCode", org.creditCode());
            execution.setVariable("certificateNumber", org.certificateNumber());
        } catch (PlatformException e) {
            if ("NAME_TAKEN".equals(e.code())) {
                throw new BpmnError("NAME_TAKEN", e.getMessage());
            }
            throw e;
        }
    }
}

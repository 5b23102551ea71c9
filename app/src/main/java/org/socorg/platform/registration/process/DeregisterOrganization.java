package org.socorg.platform.registration.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.registration.internal.AmendmentProcessing;
import org.socorg.platform.shared.PlatformException;
import org.springframework.stereotype.Component;

/**
 * Service task: deregisters the organization (status, certificate, code retired); an organization that ended
 * meanwhile (e.g. its certificate was revoked) becomes the BPMN error {@code REGISTRY_REFUSED}.
 */
@Component("deregisterOrganization")
class DeregisterOrganization implements JavaDelegate {

    private final AmendmentProcessing processing;

    DeregisterOrganization(AmendmentProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            processing.approveDeregistration((String) execution.getVariable("applicationId"),
                    (String) execution.getVariable("decidedBy"));
        } catch (PlatformException e) {
            throw RegistryRefusal.toBpmnError(e);
        }
    }
}

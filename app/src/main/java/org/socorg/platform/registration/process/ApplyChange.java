package org.socorg.platform.registration.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.registration.internal.AmendmentProcessing;
import org.socorg.platform.shared.PlatformException;
import org.springframework.stereotype.Component;

/**
 * Service task: writes the approved change into the registry; a name registered meanwhile, or an organization that
 * ended meanwhile, becomes the BPMN error {@code REGISTRY_REFUSED}.
 */
@Component("applyChange")
class ApplyChange implements JavaDelegate {

    private final AmendmentProcessing processing;

    ApplyChange(AmendmentProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            Organization org = processing.approveChange((String) execution.getVariable("applicationId"),
                    (String) execution.getVariable("decidedBy"));
            execution.setVariable("organizationName", org.name());
        } catch (PlatformException e) {
            throw RegistryRefusal.toBpmnError(e);
        }
    }
}

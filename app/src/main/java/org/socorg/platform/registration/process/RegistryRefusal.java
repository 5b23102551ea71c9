package org.socorg.platform.registration.process;

import java.util.Set;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.socorg.platform.shared.PlatformException;

/** The registry's refusals at approval that a change or deregistration model catches as {@code REGISTRY_REFUSED}. */
final class RegistryRefusal {

    static final String ERROR_CODE = "REGISTRY_REFUSED";
    private static final Set<String> CAUGHT = Set.of("NAME_TAKEN", "ORGANIZATION_NOT_ACTIVE");

    private RegistryRefusal() {
    }

    static RuntimeException toBpmnError(PlatformException e) {
        return CAUGHT.contains(e.code()) ? new BpmnError(ERROR_CODE, e.getMessage()) : e;
    }
}

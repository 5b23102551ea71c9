package org.socorg.platform.complaint.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.complaint.internal.ComplaintProcessing;
import org.springframework.stereotype.Component;

/** Service task: opens the enforcement case (立案) and starts its process; sets {@code caseId}. */
@Component("openEnforcementCase")
class OpenEnforcementCase implements JavaDelegate {

    private final ComplaintProcessing processing;

    OpenEnforcementCase(ComplaintProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String complaintId = (String) execution.getVariable("applicationId");
        String caseId = processing.openCase(complaintId, (String) execution.getVariable("triagedBy"));
        execution.setVariable("caseId", caseId);
    }
}

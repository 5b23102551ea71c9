package org.socorg.platform.complaint.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.complaint.internal.ComplaintProcessing;
import org.springframework.stereotype.Component;

/** Service task: closes the complaint as dismissed (不予立案); the reasons came with the triage decision. */
@Component("dismissComplaint")
class DismissComplaint implements JavaDelegate {

    private final ComplaintProcessing processing;

    DismissComplaint(ComplaintProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String complaintId = (String) execution.getVariable("applicationId");
        processing.dismiss(complaintId);
    }
}

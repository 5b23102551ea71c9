package org.socorg.platform.complaint.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.complaint.internal.ComplaintProcessing;
import org.springframework.stereotype.Component;

/** Service task: the report follows the open complaint named by {@code mergeInto}. */
@Component("mergeComplaint")
class MergeComplaint implements JavaDelegate {

    private final ComplaintProcessing processing;

    MergeComplaint(ComplaintProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String complaintId = (String) execution.getVariable("applicationId");
        processing.merge(complaintId, (String) execution.getVariable("mergeInto"));
    }
}

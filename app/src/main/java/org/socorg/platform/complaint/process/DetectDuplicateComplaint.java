package org.socorg.platform.complaint.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.complaint.internal.ComplaintProcessing;
import org.springframework.stereotype.Component;

/**
 * Service task: looks for an open complaint about the same organization and subject; sets {@code duplicateSuggested}
 * and {@code suggestedDuplicate}.
 */
@Component("detectDuplicateComplaint")
class DetectDuplicateComplaint implements JavaDelegate {

    private final ComplaintProcessing processing;

    DetectDuplicateComplaint(ComplaintProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String duplicate = processing.detectDuplicate((String) execution.getVariable("applicationId"));
        execution.setVariable("duplicateSuggested", duplicate != null);
        execution.setVariable("suggestedDuplicate", duplicate);
    }
}

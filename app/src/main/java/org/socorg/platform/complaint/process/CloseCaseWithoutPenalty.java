package org.socorg.platform.complaint.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.complaint.internal.ComplaintProcessing;
import org.springframework.stereotype.Component;

/** Service task: closes the case without a penalty (不予处罚); the reporter sees it through the tracking code. */
@Component("closeCaseWithoutPenalty")
class CloseCaseWithoutPenalty implements JavaDelegate {

    private final ComplaintProcessing processing;

    CloseCaseWithoutPenalty(ComplaintProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        processing.closeWithoutPenalty((String) execution.getVariable("applicationId"),
                (String) execution.getVariable("decidedBy"));
    }
}

package org.socorg.platform.complaint.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.complaint.AdministrativePenalty;
import org.socorg.platform.complaint.internal.ComplaintProcessing;
import org.springframework.stereotype.Component;

/** Service task: records the decided penalty, proposes its credit listings; sets {@code decisionNumber}. */
@Component("imposePenalty")
class ImposePenalty implements JavaDelegate {

    private final ComplaintProcessing processing;

    ImposePenalty(ComplaintProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AdministrativePenalty penalty = processing.imposePenalty((String) execution.getVariable("applicationId"),
                (String) execution.getVariable("decidedBy"));
        execution.setVariable("decisionNumber", penalty.decisionNumber());
    }
}

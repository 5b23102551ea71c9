package org.socorg.platform.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.evaluation.internal.EvaluationProcessing;
import org.springframework.stereotype.Component;

/** Service task: an upheld objection or the director's referral opens a new scoring round for the same panel. */
@Component("reopenEvaluation")
class ReopenEvaluation implements JavaDelegate {

    private final EvaluationProcessing processing;

    ReopenEvaluation(EvaluationProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String evaluationId = (String) execution.getVariable("applicationId");
        processing.reopen(evaluationId);
    }
}

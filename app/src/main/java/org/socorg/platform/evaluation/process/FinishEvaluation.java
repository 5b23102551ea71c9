package org.socorg.platform.evaluation.process;

import org.socorg.platform.evaluation.EvaluationStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.evaluation.internal.EvaluationProcessing;
import org.springframework.stereotype.Component;

/** Service task: closes an evaluation with a "no" (input parameter {@code outcome}: INELIGIBLE, NOT_ACCEPTED or NOT_GRADED). */
@Component("finishEvaluation")
class FinishEvaluation implements JavaDelegate {

    private final EvaluationProcessing processing;

    FinishEvaluation(EvaluationProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String evaluationId = (String) execution.getVariable("applicationId");
        processing.finish(evaluationId, EvaluationStatus.valueOf((String) execution.getVariableLocal("outcome")));
    }
}

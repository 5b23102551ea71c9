package org.socorg.platform.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.evaluation.internal.EvaluationProcessing;
import org.springframework.stereotype.Component;

/** Service task: the grade's validity ended. */
@Component("expireEvaluationGrade")
class ExpireEvaluationGrade implements JavaDelegate {

    private final EvaluationProcessing processing;

    ExpireEvaluationGrade(EvaluationProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String evaluationId = (String) execution.getVariable("applicationId");
        processing.expire(evaluationId);
    }
}

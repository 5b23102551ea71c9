package org.socorg.platform.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.evaluation.internal.EvaluationProcessing;
import org.springframework.stereotype.Component;

/** Service task: the DMN eligibility table (evaluation-eligibility); sets {@code eligible}. */
@Component("checkEvaluationEligibility")
class CheckEvaluationEligibility implements JavaDelegate {

    private final EvaluationProcessing processing;

    CheckEvaluationEligibility(EvaluationProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String evaluationId = (String) execution.getVariable("applicationId");
        execution.setVariable("eligible", processing.checkEligibility(evaluationId).isEmpty());
    }
}

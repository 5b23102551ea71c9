package org.socorg.platform.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.evaluation.internal.EvaluationProcessing;
import org.springframework.stereotype.Component;

/** Service task: the panel's scores into a total and a grade (DMN evaluation-criteria, evaluation-grade); sets {@code graded} and {@code proposedGrade}. */
@Component("gradeEvaluation")
class GradeEvaluation implements JavaDelegate {

    private final EvaluationProcessing processing;

    GradeEvaluation(EvaluationProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String evaluationId = (String) execution.getVariable("applicationId");
        var grade = processing.grade(evaluationId);
        execution.setVariable("graded", grade.isPresent());
        execution.setVariable("proposedGrade", grade.orElse(null));
    }
}

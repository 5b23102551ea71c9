package org.socorg.platform.evaluation.process;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.evaluation.internal.EvaluationProcessing;
import org.springframework.stereotype.Component;

/** Service task: awards the confirmed grade; sets {@code expiryReminderAt} and {@code gradeExpiresAt} for the validity timers. */
@Component("awardEvaluationGrade")
class AwardEvaluationGrade implements JavaDelegate {

    private final EvaluationProcessing processing;

    AwardEvaluationGrade(EvaluationProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String evaluationId = (String) execution.getVariable("applicationId");
        LocalDate validTo = processing.award(evaluationId, (String) execution.getVariable("confirmedBy"));
        execution.setVariable("gradeValidTo", validTo.toString());
        execution.setVariable("expiryReminderAt", Date.from(processing.expiryReminderAt(validTo)));
        execution.setVariable("gradeExpiresAt", Date.from(processing.expiresAt(validTo)));
    }
}

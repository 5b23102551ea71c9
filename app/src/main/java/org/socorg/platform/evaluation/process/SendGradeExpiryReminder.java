package org.socorg.platform.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.evaluation.internal.EvaluationProcessing;
import org.springframework.stereotype.Component;

/** Service task: tells the organization its grade expires soon (sets {@code expiryReminderSent}). */
@Component("sendGradeExpiryReminder")
class SendGradeExpiryReminder implements JavaDelegate {

    private final EvaluationProcessing processing;

    SendGradeExpiryReminder(EvaluationProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String evaluationId = (String) execution.getVariable("applicationId");
        execution.setVariable("expiryReminderSent", processing.remindExpiry(evaluationId));
    }
}

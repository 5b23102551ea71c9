package org.socorg.platform.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.calendar.DeadlineReminderDue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Service task: tells the officials that the preliminary review's time limit is near. */
@Component("sendEvaluationDeadlineReminder")
class SendEvaluationDeadlineReminder implements JavaDelegate {

    private final ApplicationEventPublisher events;

    SendEvaluationDeadlineReminder(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new DeadlineReminderDue(execution.getProcessInstanceId(),
                (String) execution.getVariable("applicationId"), (String) execution.getVariable("divisionCode")));
        execution.setVariable("deadlineReminderSent", true);
    }
}

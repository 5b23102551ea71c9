package org.socorg.platform.annualreport.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.calendar.DeadlineReminderDue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Service task: tells the officials reviewing a report that the review's time limit is near. */
@Component("sendAnnualReportReviewReminder")
class SendAnnualReportReviewReminder implements JavaDelegate {

    private final ApplicationEventPublisher events;

    SendAnnualReportReviewReminder(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new DeadlineReminderDue(execution.getProcessInstanceId(),
                (String) execution.getVariable("applicationId"), (String) execution.getVariable("divisionCode")));
        execution.setVariable("reviewReminderSent", true);
    }
}

package org.socorg.platform.registration.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socorg.platform.calendar.DeadlineReminderDue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Service task: tells the officials handling the case that its statutory deadline is near. */
@Component("sendDeadlineReminder")
class SendDeadlineReminder implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SendDeadlineReminder.class);

    private final ApplicationEventPublisher events;

    SendDeadlineReminder(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable("applicationId");
        log.info("Statutory deadline near for application {} ({})", applicationId,
                execution.getVariable("organizationName"));
        events.publishEvent(new DeadlineReminderDue(execution.getProcessInstanceId(), applicationId,
                (String) execution.getVariable("divisionCode")));
        execution.setVariable("deadlineReminderSent", true);
    }
}

package org.socorg.platform.fundraising.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socorg.platform.calendar.DeadlineReminderDue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Service task: tells those handling the case that a limit is near or passed (the decision deadline, or a
 * closing report not yet in); sets {@code reminderSent}.
 */
@Component("sendFundraisingReminder")
class SendFundraisingReminder implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SendFundraisingReminder.class);

    private final ApplicationEventPublisher events;

    SendFundraisingReminder(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("applicationId");
        log.info("Fundraising reminder ({}) for case {} of {}", execution.getCurrentActivityId(), caseId,
                execution.getVariable("organizationName"));
        events.publishEvent(new DeadlineReminderDue(execution.getProcessInstanceId(), caseId,
                (String) execution.getVariable("divisionCode")));
        execution.setVariable("reminderSent", true);
    }
}

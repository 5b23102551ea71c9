package org.socorg.platform.complaint.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socorg.platform.calendar.DeadlineReminderDue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Service task: tells the officers handling a complaint or case that its time limit is near. */
@Component("sendEnforcementReminder")
class SendEnforcementReminder implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SendEnforcementReminder.class);

    private final ApplicationEventPublisher events;

    SendEnforcementReminder(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("applicationId");
        log.info("Time limit near for {} {} ({})", execution.getProcessDefinitionId(), caseId,
                execution.getVariable("organizationName"));
        events.publishEvent(new DeadlineReminderDue(execution.getProcessInstanceId(), caseId,
                (String) execution.getVariable("divisionCode")));
        execution.setVariable("deadlineReminderSent", true);
    }
}

package org.socorg.platform.credit.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socorg.platform.calendar.DeadlineReminderDue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Service task: tells the officials that the 5-working-day entry limit of a proposed listing is near. */
@Component("creditDeadlineReminder")
class CreditDeadlineReminder implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(CreditDeadlineReminder.class);

    private final ApplicationEventPublisher events;

    CreditDeadlineReminder(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = CreditListingTimes.caseId(execution);
        log.info("Entry limit near for credit case {} ({})", caseId, execution.getVariable("organizationName"));
        events.publishEvent(new DeadlineReminderDue(execution.getProcessInstanceId(), caseId,
                (String) execution.getVariable("divisionCode")));
        execution.setVariable("deadlineReminderSent", true);
    }
}

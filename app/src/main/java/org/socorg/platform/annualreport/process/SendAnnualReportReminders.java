package org.socorg.platform.annualreport.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.annualreport.AnnualReportDeadlines;
import org.springframework.stereotype.Component;

/** Service task of the daily sweep: reminders before the due date, for today on the engine's clock. */
@Component("sendAnnualReportReminders")
class SendAnnualReportReminders implements JavaDelegate {

    private final AnnualReportDeadlines deadlines;

    SendAnnualReportReminders(AnnualReportDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("remindersSent", deadlines.sendReminders(deadlines.today()));
    }
}

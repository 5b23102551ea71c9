package org.socorg.platform.annualreport.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.annualreport.AnnualReportDeadlines;
import org.springframework.stereotype.Component;

/** Service task of the daily sweep: proposes the organizations past their due date for the abnormal-activity list. */
@Component("proposeOverdueAnnualReports")
class ProposeOverdueAnnualReports implements JavaDelegate {

    private final AnnualReportDeadlines deadlines;

    ProposeOverdueAnnualReports(AnnualReportDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("listingsProposed", deadlines.proposeOverdue(deadlines.today()));
    }
}

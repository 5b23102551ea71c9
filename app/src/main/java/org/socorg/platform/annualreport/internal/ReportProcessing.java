package org.socorg.platform.annualreport.internal;

import java.util.Set;
import org.socorg.platform.annualreport.AnnualReportDeadlines;
import org.socorg.platform.annualreport.AnnualReportNotice;
import org.socorg.platform.annualreport.AnnualReportPublished;
import org.socorg.platform.annualreport.AnnualReportStatus;
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.credit.ListingCauseCleared;
import org.socorg.platform.credit.ListingReasons;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the annual-report process does to a report at its automated steps. */
@Component
public class ReportProcessing {

    private final ReportStore store;
    private final AnnualReportMapper mapper;
    private final ApplicationEventPublisher events;

    ReportProcessing(ReportStore store, AnnualReportMapper mapper, ApplicationEventPublisher events) {
        this.store = store;
        this.mapper = mapper;
        this.events = events;
    }

    /**
     * Publishes the reviewed report with its inspection result (年检结论).
     *
     * @return whether this report removes the cause of an abnormal-activity listing: the organization was proposed
     *     for not filing this year, and every year it was proposed for now has a reviewed report
     */
    @Transactional
    public boolean publish(String caseId) {
        ReportRow row = store.transition(caseId, Set.of(AnnualReportStatus.ACCEPTED),
                r -> r.setPublishedAt(ReportStore.now()));
        events.publishEvent(new AnnualReportPublished(row.getCaseId(), row.getCreditCode(), row.getReportYear(),
                row.getOutcome(), row.getDivisionCode(), row.isFiledLate()));
        return mapper.countNotice(row.getCreditCode(), row.getReportYear(), AnnualReportNotice.OVERDUE) > 0
                && mapper.countOverdueYearsUnreported(row.getCreditCode()) == 0;
    }

    /** Tells the credit module that the organization has now filed what it was listed for not filing. */
    @Transactional
    public void clearListingCause(String caseId) {
        ReportRow row = store.require(caseId);
        events.publishEvent(new ListingCauseCleared(row.getCreditCode(), CreditList.ABNORMAL_ACTIVITY,
                ListingReasons.ANNUAL_REPORT_NOT_FILED,
                "已补报" + row.getReportYear() + "年度工作报告并经审核（年检结论：" + row.getOutcome().labelZh() + "）",
                AnnualReportDeadlines.SOURCE, row.getCaseId()));
    }
}

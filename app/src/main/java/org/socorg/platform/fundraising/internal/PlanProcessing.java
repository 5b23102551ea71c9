package org.socorg.platform.fundraising.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Period;
import java.util.EnumSet;
import org.socorg.platform.fundraising.PlanStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the plan-filing process does to a plan at each automated step. */
@Component
public class PlanProcessing {

    private final FundraisingStore store;
    private final Period closingReportWithin;

    PlanProcessing(FundraisingStore store,
            @Value("${platform.fundraising.closing-report-within:P3M}") String closingReportWithin) {
        this.store = store;
        this.closingReportWithin = Period.parse(closingReportWithin);
    }

    /**
     * Files the plan under a new filing number and answers when its closing report is due: the first moment after
     * the configured period (Charity Law: publish the outcome within three months) from the end of fundraising.
     */
    @Transactional
    public Instant file(String planId) {
        PlanRow row = store.requirePlan(planId);
        String filingNumber = "%s-FP-%d-%06d".formatted(row.divisionCode, store.today().getYear(),
                store.next("plan-filing"));
        PlanRow filed = store.transitionPlan(planId, EnumSet.of(PlanStatus.SUBMITTED), r -> {
            r.status = PlanStatus.FILED;
            r.filingNumber = filingNumber;
            r.filedAt = FundraisingStore.now();
            r.amountRaised = BigDecimal.ZERO;
        });
        return filed.endDate.plus(closingReportWithin).plusDays(1).atStartOfDay(store.zone()).toInstant();
    }

    /** The closing report: the total raised, published with the plan; the plan is closed. */
    @Transactional
    public void close(String planId, BigDecimal totalRaised, String summary, String reportedBy) {
        store.transitionPlan(planId, EnumSet.of(PlanStatus.FILED), r -> {
            r.status = PlanStatus.CLOSED;
            r.amountRaised = totalRaised;
            r.closingSummary = summary;
            r.closedAt = FundraisingStore.now();
        });
        store.mapper().insertProgress(planId, store.today(), totalRaised, summary, true, reportedBy,
                FundraisingStore.now());
    }

    /** The official returned the plan (不予备案) with the reasons already recorded. */
    @Transactional
    public void returnPlan(String planId) {
        store.transitionPlan(planId, EnumSet.of(PlanStatus.SUBMITTED), r -> r.status = PlanStatus.RETURNED);
    }
}

package org.socorg.platform.fundraising.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import org.socorg.platform.annualreport.AnnualReportStanding;
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.credit.CreditStanding;
import org.socorg.platform.fundraising.Qualification;
import org.socorg.platform.fundraising.QualificationStatus;
import org.socorg.platform.fundraising.Reason;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the qualification process does to an application at each automated step. */
@Component
public class QualificationProcessing {

    private final FundraisingStore store;
    private final FundraisingRules rules;
    private final OrganizationRegistry registry;
    private final CreditStanding credit;
    private final AnnualReportStanding annualReports;
    private final MonthDay annualReportDue;

    QualificationProcessing(FundraisingStore store, FundraisingRules rules, OrganizationRegistry registry,
            CreditStanding credit, AnnualReportStanding annualReports,
            @Value("${platform.fundraising.annual-report-due:--05-31}") String annualReportDue) {
        this.store = store;
        this.rules = rules;
        this.registry = registry;
        this.credit = credit;
        this.annualReports = annualReports;
        this.annualReportDue = MonthDay.parse(annualReportDue);
    }

    /** The facts of the eligibility table for an organization, as of today. */
    public FundraisingRules.EligibilityFacts facts(Organization org) {
        LocalDate today = store.today();
        // Reports are owed for every year from the founding year up to the last year whose report is already due:
        // before the due date (31 May by default) last year's report is not yet late.
        int lastDueYear = today.getYear() - (MonthDay.from(today).isAfter(annualReportDue) ? 1 : 2);
        return new FundraisingRules.EligibilityFacts(org.foundedOn(), today,
                credit.isSeriouslyDishonest(org.creditCode()),
                credit.isListed(org.creditCode(), CreditList.ABNORMAL_ACTIVITY),
                annualReports.reportsInOrder(org.creditCode(), org.foundedOn().getYear(), lastDueYear));
    }

    /** Runs the eligibility DMN; records the reasons when there are any. */
    @Transactional
    public List<Reason> checkEligibility(String applicationId) {
        QualificationApplicationRow row = store.requireApplication(applicationId);
        List<Reason> reasons = rules.eligibility(facts(registry.getByCreditCode(row.creditCode)));
        if (!reasons.isEmpty()) {
            store.transition(applicationId, EnumSet.of(QualificationStatus.ACCEPTED),
                    r -> r.outcomeReasons = store.toJson(reasons));
        }
        return reasons;
    }

    /** Grants the qualification: a certificate number, the record, and the registry's public-fundraising flag. */
    @Transactional
    public Qualification grant(String applicationId, String decidedBy) {
        QualificationApplicationRow row = store.requireApplication(applicationId);
        LocalDate today = store.today();
        String certificateNumber = "%s-PF-%d-%06d".formatted(row.divisionCode, today.getYear(),
                store.next("qualification"));
        store.transition(applicationId, EnumSet.of(QualificationStatus.ACCEPTED), r -> {
            r.status = QualificationStatus.APPROVED;
            r.certificateNumber = certificateNumber;
            r.decidedAt = FundraisingStore.now();
        });
        store.mapper().insertQualification(row.creditCode, certificateNumber, applicationId, row.divisionCode, today,
                decidedBy == null ? "system" : decidedBy, FundraisingStore.now());
        registry.setPublicFundraising(row.creditCode, true);
        return store.mapper().findQualificationByCertificate(certificateNumber).orElseThrow();
    }

    @Transactional
    public void recordReasons(String applicationId, List<Reason> reasons) {
        store.transition(applicationId, EnumSet.of(QualificationStatus.SUBMITTED, QualificationStatus.ACCEPTED),
                r -> r.outcomeReasons = store.toJson(reasons));
    }

    /** The final "no": refused or not accepted, with the reasons already recorded. */
    @Transactional
    public void finish(String applicationId, QualificationStatus outcome) {
        store.transition(applicationId, EnumSet.of(QualificationStatus.SUBMITTED, QualificationStatus.ACCEPTED), r -> {
            r.status = outcome;
            r.decidedAt = FundraisingStore.now();
        });
    }
}

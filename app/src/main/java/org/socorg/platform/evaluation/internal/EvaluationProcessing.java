package org.socorg.platform.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socorg.platform.annualreport.AnnualReportStanding;
import org.socorg.platform.calendar.StatutoryClocks;
import org.socorg.platform.calendar.WorkingDayCalendar;
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.credit.CreditStanding;
import org.socorg.platform.evaluation.EvaluationGraded;
import org.socorg.platform.evaluation.EvaluationReason;
import org.socorg.platform.evaluation.EvaluationStatus;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.task.InboxNotices;
import org.socorg.platform.organization.OrganizationStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the evaluation process does to an evaluation at each automated step (called by the thin delegates). */
@Component
public class EvaluationProcessing {

    private static final Logger log = LoggerFactory.getLogger(EvaluationProcessing.class);
    static final String NOTICE_RULE = "evaluation-public-notice";

    private final EvaluationStore store;
    private final EvaluationRules rules;
    private final OrganizationRegistry registry;
    private final CreditStanding credit;
    private final AnnualReportStanding annualReports;
    private final StatutoryClocks clocks;
    private final WorkingDayCalendar calendar;
    private final ApplicationEventPublisher events;
    private final InboxNotices notices;
    private final ZoneId zone;
    private final int validityYears;
    private final int expiryReminderDays;
    private final MonthDay annualReportDue;

    EvaluationProcessing(EvaluationStore store, EvaluationRules rules, OrganizationRegistry registry,
            CreditStanding credit, AnnualReportStanding annualReports, StatutoryClocks clocks,
            WorkingDayCalendar calendar, ApplicationEventPublisher events, InboxNotices notices,
            @Value("${platform.calendar.zone:Asia/Shanghai}") String zone,
            @Value("${platform.evaluation.validity-years:5}") int validityYears,
            @Value("${platform.evaluation.expiry-reminder-days:90}") int expiryReminderDays,
            @Value("${platform.evaluation.annual-report-due:05-31}") String annualReportDue) {
        this.store = store;
        this.rules = rules;
        this.registry = registry;
        this.credit = credit;
        this.annualReports = annualReports;
        this.clocks = clocks;
        this.calendar = calendar;
        this.events = events;
        this.notices = notices;
        this.zone = ZoneId.of(zone);
        this.validityYears = validityYears;
        this.expiryReminderDays = expiryReminderDays;
        this.annualReportDue = MonthDay.parse("--" + annualReportDue);
    }

    /**
     * Runs the eligibility table; an eligible case goes to the official's preliminary review, an ineligible one
     * keeps the reasons.
     */
    @Transactional
    public List<EvaluationReason> checkEligibility(String evaluationId) {
        EvaluationRow row = store.require(evaluationId);
        List<EvaluationReason> reasons = rules.eligibility(facts(row.creditCode, row.id));
        store.transition(row, EnumSet.of(EvaluationStatus.SUBMITTED), r -> {
            if (reasons.isEmpty()) {
                r.status = EvaluationStatus.UNDER_REVIEW;
            } else {
                r.outcomeReasons = store.toJson(reasons);
            }
        });
        return reasons;
    }

    /** The facts of the eligibility table for an organization today; {@code exceptEvaluation} is the case itself. */
    public EvaluationRules.EligibilityFacts facts(String creditCode, String exceptEvaluation) {
        Organization org = registry.getByCreditCode(creditCode);
        LocalDate today = today();
        int years = Period.between(org.foundedOn(), today).getYears();
        // the report of year Y is due by the configured day of Y+1: the last two reports that are due must be in order
        int lastDue = today.isAfter(annualReportDue.atYear(today.getYear())) ? today.getYear() - 1 : today.getYear() - 2;
        int firstDue = Math.max(org.foundedOn().getYear(), lastDue - 1);
        Optional<EvaluationRow> valid = store.mapper().findByCreditCode(creditCode, EnumSet.of(EvaluationStatus.GRADED))
                .stream().filter(r -> !r.id.equals(exceptEvaluation))
                .filter(r -> r.validTo != null && !r.validTo.isBefore(today)).findFirst();
        return new EvaluationRules.EligibilityFacts(org.status() == OrganizationStatus.ACTIVE, years,
                credit.isListed(creditCode, CreditList.ABNORMAL_ACTIVITY), credit.isSeriouslyDishonest(creditCode),
                annualReports.reportsInOrder(creditCode, firstDue, lastDue), valid.isPresent(),
                valid.map(r -> Period.between(r.validFrom, today).getYears()).orElse(-1));
    }

    /** The final "no" of a case: ineligible, not accepted or not graded (reasons recorded when they arose). */
    @Transactional
    public void finish(String evaluationId, EvaluationStatus outcome) {
        store.transition(evaluationId, EnumSet.of(EvaluationStatus.SUBMITTED, EvaluationStatus.UNDER_REVIEW,
                EvaluationStatus.SCORING), r -> {
                    r.status = outcome;
                    r.decidedAt = EvaluationStore.now();
                });
    }

    /**
     * Combines the panel's scores of the current round: the mean per criterion, weighted into the total, and
     * the grade by the grade table.
     *
     * @return the proposed grade, empty when the total reaches none (the reason is recorded)
     */
    @Transactional
    public Optional<String> grade(String evaluationId) {
        EvaluationRow row = store.require(evaluationId);
        Map<String, BigDecimal> means = criterionMeans(row);
        List<EvaluationRules.Criterion> criteria = rules.criteria(orgType(row));
        BigDecimal total = criteria.stream()
                .map(c -> means.getOrDefault(c.code(), BigDecimal.ZERO).multiply(c.weight()))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
        Optional<String> grade = rules.grade(total);
        store.transition(row, EnumSet.of(EvaluationStatus.SCORING), r -> {
            r.totalScore = total;
            r.grade = grade.orElse(null);
            if (grade.isEmpty()) {
                r.outcomeReasons = store.toJson(List.of(new EvaluationReason("TOTAL_BELOW_LOWEST_GRADE",
                        "评估总分 " + total + " 未达到最低等级（1A）的分数线",
                        "The total of " + total + " reaches no grade (below the 1A threshold)")));
            }
        });
        return grade;
    }

    /**
     * The panel's mean score per criterion in the current round, in the order the scores were given (the criteria
     * table's). Reads only the stored scores, no rule: it serves read-only requests, and evaluating a decision
     * writes its history.
     */
    public Map<String, BigDecimal> criterionMeans(EvaluationRow row) {
        List<Map<String, Integer>> scores = store.mapper().scores(row.id, row.scoreRound).stream()
                .map(store::scores).toList();
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        if (scores.isEmpty()) {
            return means;
        }
        for (String criterion : scores.get(0).keySet()) {
            BigDecimal sum = scores.stream().map(s -> BigDecimal.valueOf(s.getOrDefault(criterion, 0)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            means.put(criterion, sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP));
        }
        return means;
    }

    /**
     * Puts the proposed grade under public notice for the configured period ({@code evaluation-public-notice},
     * working days by default): it ends on the period's last day, so objections are taken until that day ends.
     *
     * @return when the notice period has passed (start of the day after its last day)
     */
    @Transactional
    public Instant openNotice(String evaluationId) {
        var rule = clocks.rule(NOTICE_RULE);
        LocalDate lastDay = calendar.add(today(), rule.period()).value();
        store.transition(evaluationId, EnumSet.of(EvaluationStatus.SCORING), r -> {
            r.status = EvaluationStatus.PUBLIC_NOTICE;
            r.noticeEndsOn = lastDay;
        });
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    @Transactional
    public void closeNotice(String evaluationId) {
        store.transition(evaluationId, EnumSet.of(EvaluationStatus.PUBLIC_NOTICE),
                r -> r.status = EvaluationStatus.AWAITING_CONFIRMATION);
    }

    /** An upheld objection or the director's referral: the panel scores again in a new round. */
    @Transactional
    public void reopen(String evaluationId) {
        store.transition(evaluationId, EnumSet.of(EvaluationStatus.PUBLIC_NOTICE,
                EvaluationStatus.AWAITING_CONFIRMATION), r -> {
                    r.status = EvaluationStatus.SCORING;
                    r.scoreRound++;
                    r.totalScore = null;
                    r.grade = null;
                    r.noticeEndsOn = null;
                });
    }

    /**
     * Awards the confirmed grade for {@code validity-years} from today; a grade the organization still held is
     * superseded by it.
     *
     * @return the last day of validity
     */
    @Transactional
    public LocalDate award(String evaluationId, String confirmedBy) {
        LocalDate today = today();
        EvaluationRow row = store.transition(evaluationId, EnumSet.of(EvaluationStatus.AWAITING_CONFIRMATION), r -> {
            r.status = EvaluationStatus.GRADED;
            r.confirmedBy = confirmedBy;
            r.validFrom = today;
            r.validTo = today.plusYears(validityYears).minusDays(1);
            r.decidedAt = EvaluationStore.now();
        });
        for (EvaluationRow earlier : store.mapper().findByCreditCode(row.creditCode,
                EnumSet.of(EvaluationStatus.GRADED))) {
            if (!earlier.id.equals(row.id)) {
                store.transition(earlier, EnumSet.of(EvaluationStatus.GRADED),
                        r -> r.status = EvaluationStatus.SUPERSEDED);
            }
        }
        events.publishEvent(new EvaluationGraded(row.id, row.creditCode, row.divisionCode, row.grade, row.validFrom,
                row.validTo));
        return row.validTo;
    }

    /** When the expiry reminder falls: {@code expiry-reminder-days} before the last day of validity, 09:00. */
    public Instant expiryReminderAt(LocalDate validTo) {
        return validTo.minusDays(expiryReminderDays).atTime(9, 0).atZone(zone).toInstant();
    }

    /** When the grade is no longer valid: the start of the day after its last day. */
    public Instant expiresAt(LocalDate validTo) {
        return validTo.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** @return whether the grade is still the organization's (a superseded one needs no reminder) */
    @Transactional(readOnly = true)
    public boolean remindExpiry(String evaluationId) {
        EvaluationRow row = store.require(evaluationId);
        if (row.status != EvaluationStatus.GRADED) {
            return false;
        }
        log.info("Evaluation grade {} of {} ({}) expires on {}", row.grade, row.organizationName, row.creditCode,
                row.validTo);
        notices.toUser(row.applicantId, new InboxNotices.Notice("EVALUATION_EXPIRY", row.id, row.processInstanceId,
                row.organizationName,
                "「" + row.organizationName + "」的评估等级" + row.grade + "将于" + row.validTo
                        + "到期；如需保持等级，请在到期前重新申请评估",
                "The evaluation grade " + row.grade + " of \"" + row.organizationName + "\" expires on " + row.validTo
                        + "; apply for a new evaluation before then to keep a grade"));
        return true;
    }

    /** The validity ended; a superseded grade stays superseded. */
    @Transactional
    public void expire(String evaluationId) {
        EvaluationRow row = store.require(evaluationId);
        if (row.status == EvaluationStatus.GRADED) {
            store.transition(row, EnumSet.of(EvaluationStatus.GRADED), r -> r.status = EvaluationStatus.EXPIRED);
        }
    }

    private String orgType(EvaluationRow row) {
        return registry.getByCreditCode(row.creditCode).orgType().name();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(EvaluationStore.now(), zone);
    }
}

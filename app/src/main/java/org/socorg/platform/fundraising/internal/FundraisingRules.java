package org.socorg.platform.fundraising.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.socorg.platform.fundraising.Reason;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Evaluates the deployed DMN tables (latest version, so an analyst's new rules apply to the next check). Both
 * collect refusal reasons; no reasons means no objection.
 */
@Component
public class FundraisingRules {

    static final String ELIGIBILITY = "fundraising-eligibility";
    static final String FILING_DATES = "fundraising-filing-dates";

    private final DecisionService decisions;

    FundraisingRules(@Lazy DecisionService decisions) {
        this.decisions = decisions;
    }

    /** The facts the eligibility table weighs, as the service gathered them. */
    public record EligibilityFacts(LocalDate foundedOn, LocalDate today, boolean seriouslyDishonest,
            boolean abnormalActivity, boolean annualReportsInOrder) {

        /** Full years since founding: what "registered for at least N years" counts. */
        public int yearsRegistered() {
            return Math.max(0, Period.between(foundedOn, today).getYears());
        }
    }

    public List<Reason> eligibility(EligibilityFacts facts) {
        return evaluate(ELIGIBILITY, Variables.createVariables()
                .putValue("yearsRegistered", facts.yearsRegistered())
                .putValue("seriouslyDishonest", facts.seriouslyDishonest())
                .putValue("abnormalActivity", facts.abnormalActivity())
                .putValue("annualReportsInOrder", facts.annualReportsInOrder()));
    }

    /** Calendar days from filing to the start: negative when filed after fundraising started. */
    public List<Reason> filingDates(LocalDate filedOn, LocalDate startDate, boolean emergency) {
        return evaluate(FILING_DATES, Variables.createVariables()
                .putValue("daysBeforeStart", (int) ChronoUnit.DAYS.between(filedOn, startDate))
                .putValue("emergency", emergency));
    }

    private List<Reason> evaluate(String key, Map<String, Object> variables) {
        return decisions.evaluateDecisionByKey(key).variables(variables).evaluate().getResultList().stream()
                .map(row -> new Reason((String) row.get("reasonCode"), (String) row.get("messageZh"),
                        (String) row.get("messageEn")))
                .toList();
    }
}

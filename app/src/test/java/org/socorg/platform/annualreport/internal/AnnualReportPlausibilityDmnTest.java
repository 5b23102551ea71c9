package org.socorg.platform.annualreport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Row-by-row tests of {@code processes/annualreport/annual-report-plausibility.dmn}: each rule fires on its own just
 * past its threshold and stays silent at it; a consistent report meets no rule.
 */
class AnnualReportPlausibilityDmnTest {

    private static DmnTable table;

    @BeforeAll
    static void parseDecision() throws IOException {
        table = DmnTable.load("/processes/annualreport/annual-report-plausibility.dmn", "annual-report-plausibility");
    }

    private static DmnDecisionResult evaluate(String orgType, double income, double expenses, double welfare,
            double start, double end, int meetings) {
        return table.engine().evaluateDecision(table.decision(), Variables.createVariables()
                .putValue("orgType", orgType)
                .putValue("totalIncome", income)
                .putValue("totalExpenses", expenses)
                .putValue("publicWelfareExpenses", welfare)
                .putValue("netAssetsStart", start)
                .putValue("netAssetsEnd", end)
                .putValue("meetingsHeld", meetings));
    }

    @Test
    void a_consistent_report_meets_no_rule() {
        DmnDecisionResult result = evaluate("FOUNDATION", 1_200_000, 1_000_000, 850_000, 4_000_000, 4_200_000, 2);
        assertThat(result.getResultList()).isEmpty();
        assertThat(table.matchedRuleIds()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: income={2} expenses={3} welfare={4} start={5} end={6} meetings={7} -> {8} {9} {10}")
    @CsvSource(textBlock = """
            welfare above expenses,      ASSOCIATION,    100000, 50000, 50000.01, 10000, 60000,  1, Rule_WelfareAboveExpenses, REJECT, publicWelfareExpenses
            gap above 10000 and 10 %,    ASSOCIATION,    100000, 50000, 10000,    10000, 80000,    1, Rule_BalanceImplausible, REJECT, netAssetsEnd
            gap above 10000 within 10 %, SOCIAL_SERVICE, 1000000, 500000, 100000, 1000000, 1510000.01, 1, Rule_BalanceLargeGap, WARN, netAssetsEnd
            gap between 1000 and 10000,  ASSOCIATION,    100000, 50000, 10000,    10000, 61000.01, 1, Rule_BalanceSmallGap, WARN, netAssetsEnd
            gap of exactly 10000,        SOCIAL_SERVICE, 100000, 50000, 10000,    10000, 70000,    1, Rule_BalanceSmallGap, WARN, netAssetsEnd
            no meeting held,             ASSOCIATION,    100000, 50000, 10000,    10000, 60000,    0, Rule_NoMeetings, WARN, meetingsHeld
            foundation welfare below 8 %, FOUNDATION,   400000, 330000, 319999.99, 4000000, 4070000, 1, Rule_FoundationWelfareShare, WARN, publicWelfareExpenses
            """)
    void each_rule_fires_on_its_own(String what, String orgType, double income, double expenses, double welfare,
            double start, double end, int meetings, String ruleId, String severity, String field) {
        DmnDecisionResult result = evaluate(orgType, income, expenses, welfare, start, end, meetings);
        assertThat(table.matchedRuleIds()).as(what).containsExactly(ruleId);
        Map<String, Object> finding = result.getSingleResult().getEntryMap();
        assertThat(finding).containsEntry("severity", severity).containsEntry("field", field)
                .containsKeys("code", "messageZh", "messageEn");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            welfare equal to expenses,   ASSOCIATION, 100000, 50000, 50000,  10000, 60000
            gap of exactly 1000,         ASSOCIATION, 100000, 50000, 10000,  10000, 61000
            foundation welfare at 8 %,   FOUNDATION,  400000, 320000, 320000, 4000000, 4080000
            """)
    void rules_stay_silent_at_their_threshold(String what, String orgType, double income, double expenses,
            double welfare, double start, double end) {
        assertThat(evaluate(orgType, income, expenses, welfare, start, end, 1).getResultList()).as(what).isEmpty();
    }

    @Test
    void an_organization_starting_from_nothing_is_measured_against_its_income() {
        // no net assets at the start: the gap's share is taken of the income, never divided by zero
        evaluate("ASSOCIATION", 0, 0, 0, 0, 50_000, 1);
        assertThat(table.matchedRuleIds()).containsExactly("Rule_BalanceImplausible");
        // and a foundation without net assets has no 8 % to meet
        List<String> foundation = List.copyOf(evaluate("FOUNDATION", 0, 0, 0, 0, 0, 1).collectEntries("code"));
        assertThat(foundation).isEmpty();
    }
}

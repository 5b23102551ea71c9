package org.socorg.platform.fundraising.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Row-by-row tests of {@code processes/fundraising/fundraising-eligibility.dmn}: each condition failing alone fires
 * exactly its own rule, with a message in both languages; an eligible charity gets no reasons.
 */
class FundraisingEligibilityDmnTest {

    private static DmnTable table;

    @BeforeAll
    static void parseDecision() throws IOException {
        table = DmnTable.load("/processes/fundraising/fundraising-eligibility.dmn", "fundraising-eligibility");
    }

    private static DmnDecisionResult evaluate(int years, boolean dishonest, boolean abnormal, boolean reportsInOrder) {
        return table.engine().evaluateDecision(table.decision(), Variables.createVariables()
                .putValue("yearsRegistered", years)
                .putValue("seriouslyDishonest", dishonest)
                .putValue("abnormalActivity", abnormal)
                .putValue("annualReportsInOrder", reportsInOrder));
    }

    @Test
    void an_eligible_charity_gets_no_reasons() {
        assertThat(evaluate(1, false, false, true).getResultList()).isEmpty();
        assertThat(table.matchedRuleIds()).isEmpty();
        assertThat(evaluate(12, false, false, true).getResultList()).isEmpty();
    }

    @ParameterizedTest(name = "years={0} dishonest={1} abnormal={2} reports={3} -> {4}")
    @CsvSource(textBlock = """
            0, false, false, true,  Rule_RegisteredTooShort,      REGISTERED_LESS_THAN_ONE_YEAR
            1, true,  false, true,  Rule_SeriouslyDishonest,      SERIOUSLY_DISHONEST
            1, false, true,  true,  Rule_AbnormalActivity,        ABNORMAL_ACTIVITY_LISTED
            1, false, false, false, Rule_AnnualReportsNotInOrder, ANNUAL_REPORTS_NOT_IN_ORDER
            """)
    void refuses_when_one_condition_fails_alone(int years, boolean dishonest, boolean abnormal, boolean reports,
            String rule, String reasonCode) {
        DmnDecisionResult result = evaluate(years, dishonest, abnormal, reports);
        assertThat(table.matchedRuleIds()).containsExactly(rule);
        assertThat(result.<String>collectEntries("reasonCode")).containsExactly(reasonCode);
        assertThat(result.getSingleResult().<String>getEntry("messageZh")).isNotBlank();
        assertThat(result.getSingleResult().<String>getEntry("messageEn")).isNotBlank();
    }

    @Test
    void names_every_failing_condition_when_several_fail() {
        List<String> codes = evaluate(0, true, true, false).collectEntries("reasonCode");
        assertThat(codes).containsExactlyInAnyOrder("REGISTERED_LESS_THAN_ONE_YEAR", "SERIOUSLY_DISHONEST",
                "ABNORMAL_ACTIVITY_LISTED", "ANNUAL_REPORTS_NOT_IN_ORDER");
    }
}

package org.socorg.platform.fundraising.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Row-by-row tests of {@code processes/fundraising/fundraising-filing-dates.dmn} (calendar days from filing to the
 * start; negative once fundraising has started): each rule at its boundary.
 */
class FundraisingFilingDatesDmnTest {

    private static DmnTable table;

    @BeforeAll
    static void parseDecision() throws IOException {
        table = DmnTable.load("/processes/fundraising/fundraising-filing-dates.dmn", "fundraising-filing-dates");
    }

    private static DmnDecisionResult evaluate(int daysBeforeStart, boolean emergency) {
        return table.engine().evaluateDecision(table.decision(), Variables.createVariables()
                .putValue("daysBeforeStart", daysBeforeStart)
                .putValue("emergency", emergency));
    }

    @ParameterizedTest(name = "{0} days before the start, emergency={1}: accepted")
    @CsvSource(textBlock = """
            10,  false
            45,  false
            10,  true
            0,   true
            -1,  true
            -10, true
            """)
    void accepts_a_filing_in_time(int daysBeforeStart, boolean emergency) {
        assertThat(evaluate(daysBeforeStart, emergency).getResultList()).isEmpty();
        assertThat(table.matchedRuleIds()).isEmpty();
    }

    @ParameterizedTest(name = "{0} days before the start, emergency={1}: {2}")
    @CsvSource(textBlock = """
            9,   false, Rule_FiledTooLate,          FILED_LESS_THAN_TEN_DAYS_BEFORE_START
            0,   false, Rule_FiledTooLate,          FILED_LESS_THAN_TEN_DAYS_BEFORE_START
            -3,  false, Rule_FiledTooLate,          FILED_LESS_THAN_TEN_DAYS_BEFORE_START
            -11, true,  Rule_EmergencyFiledTooLate, EMERGENCY_FILED_MORE_THAN_TEN_DAYS_AFTER_START
            -40, true,  Rule_EmergencyFiledTooLate, EMERGENCY_FILED_MORE_THAN_TEN_DAYS_AFTER_START
            """)
    void refuses_a_late_filing(int daysBeforeStart, boolean emergency, String rule, String reasonCode) {
        DmnDecisionResult result = evaluate(daysBeforeStart, emergency);
        assertThat(table.matchedRuleIds()).containsExactly(rule);
        assertThat(result.<String>collectEntries("reasonCode")).containsExactly(reasonCode);
        assertThat(result.getSingleResult().<String>getEntry("messageZh")).isNotBlank();
        assertThat(result.getSingleResult().<String>getEntry("messageEn")).isNotBlank();
    }
}

package org.socorg.platform.evaluation.internal;

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

/** evaluation-eligibility.dmn row by row: each condition alone, at its boundary, and all together. */
class EvaluationEligibilityDmnTest {

    static DmnTable table;

    @BeforeAll
    static void load() throws IOException {
        table = DmnTable.load("/processes/evaluation/evaluation-eligibility.dmn", "evaluation-eligibility");
    }

    private static DmnDecisionResult evaluate(boolean active, int years, boolean abnormal, boolean dishonest,
            boolean reports, boolean hasGrade, int yearsSinceGrade) {
        return table.engine().evaluateDecision(table.decision(), Variables.createVariables()
                .putValue("organizationActive", active).putValue("yearsRegistered", years)
                .putValue("abnormalActivityListed", abnormal).putValue("seriouslyDishonest", dishonest)
                .putValue("annualReportsInOrder", reports).putValue("hasValidGrade", hasGrade)
                .putValue("yearsSinceGrade", yearsSinceGrade));
    }

    private static List<Object> codes(DmnDecisionResult result) {
        return result.getResultList().stream().map(r -> r.get("reasonCode")).toList();
    }

    @ParameterizedTest(name = "{7}")
    @CsvSource({
            "false, 5, false, false, true, false, -1, ORGANIZATION_NOT_ACTIVE, Rule_NotActive",
            "true, 1, false, false, true, false, -1, REGISTERED_TOO_SHORT, Rule_RegisteredTooShort",
            "true, 0, false, false, true, false, -1, REGISTERED_TOO_SHORT, Rule_RegisteredTooShort",
            "true, 5, true, false, true, false, -1, ABNORMAL_ACTIVITY_LISTED, Rule_AbnormalListed",
            "true, 5, false, true, true, false, -1, SERIOUSLY_DISHONEST, Rule_SeriouslyDishonest",
            "true, 5, false, false, false, false, -1, ANNUAL_REPORTS_NOT_IN_ORDER, Rule_AnnualReports",
            "true, 5, false, false, true, true, 1, GRADE_TOO_RECENT, Rule_GradeTooRecent",
            "true, 5, false, false, true, true, 0, GRADE_TOO_RECENT, Rule_GradeTooRecent"})
    void refuses_for_each_condition_on_its_own(boolean active, int years, boolean abnormal, boolean dishonest,
            boolean reports, boolean hasGrade, int yearsSinceGrade, String code, String rule) {
        DmnDecisionResult result = evaluate(active, years, abnormal, dishonest, reports, hasGrade, yearsSinceGrade);
        assertThat(codes(result)).containsExactly(code);
        assertThat(table.matchedRuleIds()).containsExactly(rule);
        Map<String, Object> reason = result.getSingleResult().getEntryMap();
        assertThat((String) reason.get("messageZh")).isNotBlank();
        assertThat((String) reason.get("messageEn")).isNotBlank();
    }

    @ParameterizedTest(name = "registered {1} years, grade held {5}/{6} -> eligible")
    @CsvSource({
            "true, 2, false, false, true, false, -1",
            "true, 10, false, false, true, false, -1",
            "true, 2, false, false, true, true, 2",
            "true, 8, false, false, true, true, 4"})
    void finds_no_reason_at_or_beyond_each_boundary(boolean active, int years, boolean abnormal, boolean dishonest,
            boolean reports, boolean hasGrade, int yearsSinceGrade) {
        assertThat(codes(evaluate(active, years, abnormal, dishonest, reports, hasGrade, yearsSinceGrade))).isEmpty();
        assertThat(table.matchedRuleIds()).isEmpty();
    }

    @Test
    void gives_every_reason_when_every_condition_fails() {
        assertThat(codes(evaluate(false, 1, true, true, false, true, 1))).containsExactlyInAnyOrder(
                "ORGANIZATION_NOT_ACTIVE", "REGISTERED_TOO_SHORT", "ABNORMAL_ACTIVITY_LISTED", "SERIOUSLY_DISHONEST",
                "ANNUAL_REPORTS_NOT_IN_ORDER", "GRADE_TOO_RECENT");
    }
}

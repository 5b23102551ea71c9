package org.socorg.platform.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** evaluation-grade.dmn row by row, at each threshold and just below it. */
class EvaluationGradeDmnTest {

    static DmnTable table;

    @BeforeAll
    static void load() throws IOException {
        table = DmnTable.load("/processes/evaluation/evaluation-grade.dmn", "evaluation-grade");
    }

    @ParameterizedTest(name = "total {0} -> {1} ({2})")
    @CsvSource({
            "1000, 5A, Rule_Grade5A",
            "900, 5A, Rule_Grade5A",
            "899.99, 4A, Rule_Grade4A",
            "800, 4A, Rule_Grade4A",
            "799.99, 3A, Rule_Grade3A",
            "700, 3A, Rule_Grade3A",
            "699.99, 2A, Rule_Grade2A",
            "600, 2A, Rule_Grade2A",
            "599.99, 1A, Rule_Grade1A",
            "500, 1A, Rule_Grade1A",
            "499.99, NONE, Rule_NoGrade",
            "0, NONE, Rule_NoGrade"})
    void gives_the_grade_of_the_band_the_total_falls_in(double total, String grade, String rule) {
        var result = table.engine().evaluateDecision(table.decision(),
                Variables.createVariables().putValue("totalScore", total));
        assertThat(result.getSingleResult().<String>getEntry("grade")).isEqualTo(grade);
        assertThat(table.matchedRuleIds()).containsExactly(rule);
    }
}

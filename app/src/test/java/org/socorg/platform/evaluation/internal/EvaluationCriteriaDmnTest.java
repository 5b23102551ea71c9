package org.socorg.platform.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** evaluation-criteria.dmn row by row: the four criteria, their maxima (1000 in all) and weights. */
class EvaluationCriteriaDmnTest {

    static DmnTable table;

    @BeforeAll
    static void load() throws IOException {
        table = DmnTable.load("/processes/evaluation/evaluation-criteria.dmn", "evaluation-criteria");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ASSOCIATION", "SOCIAL_SERVICE", "FOUNDATION"})
    void lists_the_four_criteria_with_their_maxima_and_weights_for_every_type(String orgType) {
        var result = table.engine().evaluateDecision(table.decision(),
                Variables.createVariables().putValue("orgType", orgType));
        assertThat(table.matchedRuleIds()).containsExactly("Rule_BasicConditions", "Rule_InternalGovernance",
                "Rule_WorkPerformance", "Rule_SocialEvaluation");
        assertThat(result.getResultList()).extracting(r -> r.get("criterion"), r -> r.get("maxScore"),
                r -> r.get("weight")).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("basicConditions", 100, 1.0),
                        org.assertj.core.groups.Tuple.tuple("internalGovernance", 350, 1.0),
                        org.assertj.core.groups.Tuple.tuple("workPerformance", 400, 1.0),
                        org.assertj.core.groups.Tuple.tuple("socialEvaluation", 150, 1.0));
    }
}

package org.socorg.platform.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;

/**
 * A decision table parsed by a standalone DMN engine that records which rules matched the last evaluation, so
 * row-by-row tests can say which rule fired, not only what came out.
 */
record DmnTable(DmnEngine engine, DmnDecision decision, List<String> matchedRuleIds) {

    static DmnTable load(String resource, String decisionId) throws IOException {
        List<String> matched = new ArrayList<>();
        DmnDecisionTableEvaluationListener recordMatchedRules = event -> {
            matched.clear();
            event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matched::add);
        };
        DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .customPostDecisionTableEvaluationListeners(List.of(recordMatchedRules))
                .buildEngine();
        try (InputStream dmn = DmnTable.class.getResourceAsStream(resource)) {
            assertThat(dmn).as(resource + " on the classpath").isNotNull();
            return new DmnTable(engine, engine.parseDecision(decisionId, dmn), matched);
        }
    }
}

package org.socorg.platform.complaint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Row-by-row tests of {@code processes/complaint/enforcement-credit-sanction.dmn}: each penalty fires exactly its
 * rows (by id) with the list and reason code DOMAIN.md gives, and the thresholds sit where the measures put them.
 */
class EnforcementCreditSanctionDmnTest {

    private static final String RESOURCE = "/processes/complaint/enforcement-credit-sanction.dmn";
    private static DmnEngine engine;
    private static DmnDecision decision;
    private static final List<String> matched = new ArrayList<>();

    @BeforeAll
    static void parse() throws Exception {
        DmnDecisionTableEvaluationListener record = event -> {
            matched.clear();
            event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matched::add);
        };
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .customPostDecisionTableEvaluationListeners(List.of(record)).buildEngine();
        try (InputStream dmn = EnforcementCreditSanctionDmnTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(dmn).as(RESOURCE).isNotNull();
            decision = engine.parseDecision("enforcement-credit-sanction", dmn);
        }
    }

    private static DmnDecisionResult evaluate(String outcome, double fine, int prior) {
        return engine.evaluateDecision(decision, Variables.createVariables().putValue("outcome", outcome)
                .putValue("fineAmount", fine).putValue("priorWarningsWithinThreeYears", prior));
    }

    @ParameterizedTest(name = "{0} fine={1} prior={2} -> {3}")
    @CsvSource(textBlock = """
            WARNING,                0,        0, Rule_Warning,            ABNORMAL_ACTIVITY,  WARNING_OR_SMALL_FINE
            FINE,                   49999.99, 0, Rule_SmallFine,          ABNORMAL_ACTIVITY,  WARNING_OR_SMALL_FINE
            FINE,                   50000,    0, Rule_LargeFine,          SERIOUS_DISHONESTY, LARGE_FINE
            FINE,                   50000,    3, Rule_LargeFine,          SERIOUS_DISHONESTY, LARGE_FINE
            ORDER_TO_STOP,          0,        0, Rule_OrderToStop,        SERIOUS_DISHONESTY, ORDERED_TO_STOP_ACTIVITIES
            CERTIFICATE_REVOCATION, 0,        0, Rule_CertificateRevoked, SERIOUS_DISHONESTY, CERTIFICATE_REVOKED
            """)
    void each_penalty_fires_exactly_its_row(String outcome, double fine, int prior, String rule, String list,
            String reasonCode) {
        DmnDecisionResult result = evaluate(outcome, fine, prior);
        assertThat(matched).containsExactly(rule);
        assertThat(result.getSingleResult().getEntryMap()).containsEntry("list", list)
                .containsEntry("reasonCode", reasonCode).containsKeys("reason", "legalBasis");
        assertThat((String) result.getSingleResult().getEntry("legalBasis")).startsWith("《社会组织信用信息管理办法》");
    }

    @ParameterizedTest(name = "{0} fine={1} after {2} earlier")
    @CsvSource(textBlock = """
            WARNING, 0,        1, Rule_Warning,   Rule_RepeatedWarning
            WARNING, 0,        2, Rule_Warning,   Rule_RepeatedWarning
            FINE,    10000,    1, Rule_SmallFine, Rule_RepeatedSmallFine
            FINE,    49999.99, 4, Rule_SmallFine, Rule_RepeatedSmallFine
            """)
    void a_second_warning_or_small_fine_within_three_years_adds_the_serious_dishonesty_list(String outcome,
            double fine, int prior, String abnormalRule, String repeatedRule) {
        DmnDecisionResult result = evaluate(outcome, fine, prior);
        assertThat(matched).containsExactly(abnormalRule, repeatedRule);
        assertThat(result.collectEntries("reasonCode")).containsExactly("WARNING_OR_SMALL_FINE", "REPEATED_WARNINGS");
        assertThat(result.collectEntries("list")).containsExactly("ABNORMAL_ACTIVITY", "SERIOUS_DISHONESTY");
    }

    @Test
    void a_dismissal_lists_nothing() {
        assertThat(evaluate("DISMISSAL", 0, 0).getResultList()).isEmpty();
        assertThat(evaluate("DISMISSAL", 0, 5).getResultList()).isEmpty();
        assertThat(matched).isEmpty();
    }

    @Test
    void every_row_is_covered_by_a_test_above() {
        assertThat(decision.getDecisionLogic()).isNotNull();
        List<String> ruleIds = ((org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl) decision.getDecisionLogic())
                .getRules().stream().map(r -> r.getId()).toList();
        assertThat(ruleIds).containsExactlyInAnyOrder("Rule_Warning", "Rule_SmallFine", "Rule_LargeFine",
                "Rule_OrderToStop", "Rule_CertificateRevoked", "Rule_RepeatedWarning", "Rule_RepeatedSmallFine");
    }
}

package org.socorg.platform.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Row-by-row tests of {@code processes/registration/registration-change-rules.dmn}. */
class RegistrationChangeRulesDmnTest {

    private static DmnTable table;

    @BeforeAll
    static void parseDecision() throws IOException {
        table = DmnTable.load("/processes/registration/registration-change-rules.dmn", "registration-change-rules");
    }

    private static DmnDecisionResult evaluate(boolean resolutionAdopted, boolean supervisingUnitChanged,
            boolean supervisingUnitConsent) {
        return table.engine().evaluateDecision(table.decision(), Variables.createVariables()
                .putValue("resolutionAdopted", resolutionAdopted)
                .putValue("supervisingUnitChanged", supervisingUnitChanged)
                .putValue("supervisingUnitConsent", supervisingUnitConsent));
    }

    @ParameterizedTest(name = "resolution={0} unitChanged={1} consent={2} -> {3}")
    @CsvSource(textBlock = """
            false, false, false, Rule_ResolutionMissing,            CHANGE_RESOLUTION_MISSING
            false, true,  true,  Rule_ResolutionMissing,            CHANGE_RESOLUTION_MISSING
            true,  true,  false, Rule_SupervisingUnitConsentMissing, SUPERVISING_UNIT_CONSENT_MISSING
            """)
    void a_change_breaking_a_rule_fires_exactly_that_rule(boolean resolution, boolean unitChanged, boolean consent,
            String ruleId, String reasonCode) {
        DmnDecisionResult result = evaluate(resolution, unitChanged, consent);

        assertThat(table.matchedRuleIds()).containsExactly(ruleId);
        assertThat(result.<String>collectEntries("reasonCode")).containsExactly(reasonCode);
        assertThat(result.getSingleResult().getEntryMap())
                .hasEntrySatisfying("messageZh", m -> assertThat((String) m).isNotBlank())
                .hasEntrySatisfying("messageEn", m -> assertThat((String) m).isNotBlank());
    }

    @ParameterizedTest(name = "resolution={0} unitChanged={1} consent={2} passes")
    @CsvSource(textBlock = """
            true, false, false
            true, false, true
            true, true,  true
            """)
    void an_adopted_change_with_the_consent_it_needs_raises_no_objection(boolean resolution, boolean unitChanged,
            boolean consent) {
        assertThat(evaluate(resolution, unitChanged, consent).getResultList()).isEmpty();
        assertThat(table.matchedRuleIds()).isEmpty();
    }

    @Test
    void a_change_breaking_both_rules_collects_both_reasons() {
        assertThat(evaluate(false, true, false).<String>collectEntries("reasonCode"))
                .containsExactly("CHANGE_RESOLUTION_MISSING", "SUPERVISING_UNIT_CONSENT_MISSING");
    }
}

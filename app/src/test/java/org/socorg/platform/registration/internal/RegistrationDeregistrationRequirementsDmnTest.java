package org.socorg.platform.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Row-by-row tests of {@code processes/registration/registration-deregistration-requirements.dmn}. */
class RegistrationDeregistrationRequirementsDmnTest {

    private static DmnTable table;

    @BeforeAll
    static void parseDecision() throws IOException {
        table = DmnTable.load("/processes/registration/registration-deregistration-requirements.dmn",
                "registration-deregistration-requirements");
    }

    private static DmnDecisionResult evaluate(boolean completed, boolean confirmed, int daysSince,
            boolean hasSupervisingUnit, boolean consent) {
        return table.engine().evaluateDecision(table.decision(), Variables.createVariables()
                .putValue("liquidationCompleted", completed)
                .putValue("liquidationReportConfirmed", confirmed)
                .putValue("daysSinceLiquidation", daysSince)
                .putValue("hasSupervisingUnit", hasSupervisingUnit)
                .putValue("supervisingUnitConsent", consent));
    }

    @ParameterizedTest(name = "completed={0} confirmed={1} days={2} unit={3} consent={4} -> {5}")
    @CsvSource(textBlock = """
            false, true,  10, true,  true,  Rule_LiquidationNotCompleted,      LIQUIDATION_NOT_COMPLETED
            true,  false, 10, true,  true,  Rule_ReportNotConfirmed,           LIQUIDATION_REPORT_NOT_CONFIRMED
            true,  true,  -1, true,  true,  Rule_LiquidationDateInFuture,      LIQUIDATION_DATE_IN_FUTURE
            true,  true,  10, true,  false, Rule_SupervisingUnitConsentMissing, SUPERVISING_UNIT_CONSENT_MISSING
            """)
    void an_application_breaking_a_requirement_fires_exactly_that_rule(boolean completed, boolean confirmed,
            int daysSince, boolean hasUnit, boolean consent, String ruleId, String reasonCode) {
        DmnDecisionResult result = evaluate(completed, confirmed, daysSince, hasUnit, consent);

        assertThat(table.matchedRuleIds()).containsExactly(ruleId);
        assertThat(result.<String>collectEntries("reasonCode")).containsExactly(reasonCode);
        assertThat(result.getSingleResult().getEntryMap())
                .hasEntrySatisfying("messageZh", m -> assertThat((String) m).isNotBlank())
                .hasEntrySatisfying("messageEn", m -> assertThat((String) m).isNotBlank());
    }

    @ParameterizedTest(name = "completed={0} confirmed={1} days={2} unit={3} consent={4} passes")
    @CsvSource(textBlock = """
            true, true, 0,   true,  true
            true, true, 365, true,  true
            true, true, 10,  false, false
            """)
    void a_liquidated_organization_with_the_consent_it_needs_raises_no_objection(boolean completed,
            boolean confirmed, int daysSince, boolean hasUnit, boolean consent) {
        assertThat(evaluate(completed, confirmed, daysSince, hasUnit, consent).getResultList()).isEmpty();
        assertThat(table.matchedRuleIds()).isEmpty();
    }

    @Test
    void an_application_breaking_every_requirement_collects_every_reason() {
        assertThat(evaluate(false, false, -3, true, false).<String>collectEntries("reasonCode")).containsExactly(
                "LIQUIDATION_NOT_COMPLETED", "LIQUIDATION_REPORT_NOT_CONFIRMED", "LIQUIDATION_DATE_IN_FUTURE",
                "SUPERVISING_UNIT_CONSENT_MISSING");
    }
}

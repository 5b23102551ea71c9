package org.socorg.platform.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Row-by-row tests of {@code processes/registration/registration-requirements.dmn}: every rule fires
 * on its own just below its minimum and stays silent exactly at the minimum.
 */
class RegistrationRequirementsDmnTest {

    private static final String RESOURCE = "/processes/registration/registration-requirements.dmn";
    private static final String DECISION_ID = "registration-requirements";

    private static DmnTable table;

    @BeforeAll
    static void parseDecision() throws IOException {
        table = DmnTable.load(RESOURCE, DECISION_ID);
    }

    private static DmnDecisionResult evaluate(String orgType, String scope, Boolean publicFundraising,
            BigDecimal activityFunds, Integer individualMembers, Integer unitMembers) {
        return table.engine().evaluateDecision(table.decision(), Variables.createVariables()
                .putValue("orgType", orgType)
                .putValue("scope", scope)
                .putValue("publicFundraising", publicFundraising)
                .putValue("activityFunds", activityFunds)
                .putValue("individualMembers", individualMembers)
                .putValue("unitMembers", unitMembers));
    }

    private static List<String> reasonCodes(DmnDecisionResult result) {
        return result.collectEntries("reasonCode");
    }

    @ParameterizedTest(name = "{0} {1} publicFundraising={2} funds={3} members={4}/{5} -> {6}")
    @CsvSource(nullValues = "null", textBlock = """
            ASSOCIATION,    NATIONAL, null,  99999,    50, 30, Rule_AssociationNationalFunds, FUNDS_BELOW_MINIMUM
            ASSOCIATION,    NATIONAL, null,  99999.99, 50, 30, Rule_AssociationNationalFunds, FUNDS_BELOW_MINIMUM
            ASSOCIATION,    LOCAL,    null,  29999,    50, 30, Rule_AssociationLocalFunds,    FUNDS_BELOW_MINIMUM
            ASSOCIATION,    NATIONAL, null,  100000,   49, 0,  Rule_AssociationIndividualMembers, MEMBERS_BELOW_MINIMUM
            ASSOCIATION,    LOCAL,    null,  30000,    0,  0,  Rule_AssociationIndividualMembers, MEMBERS_BELOW_MINIMUM
            ASSOCIATION,    LOCAL,    null,  30000,    0,  29, Rule_AssociationUnitMembers,       MEMBERS_BELOW_MINIMUM
            ASSOCIATION,    LOCAL,    null,  30000,    10, 39, Rule_AssociationMixedMembers,      MEMBERS_BELOW_MINIMUM
            ASSOCIATION,    LOCAL,    null,  30000,    49, 0,  Rule_AssociationIndividualMembers, MEMBERS_BELOW_MINIMUM
            FOUNDATION,     NATIONAL, true,  7999999,  0,  0,  Rule_FoundationNationalPublicFund, FUNDS_BELOW_MINIMUM
            FOUNDATION,     LOCAL,    true,  3999999,  0,  0,  Rule_FoundationLocalPublicFund,    FUNDS_BELOW_MINIMUM
            FOUNDATION,     NATIONAL, false, 1999999,  0,  0,  Rule_FoundationNonPublicFund,      FUNDS_BELOW_MINIMUM
            FOUNDATION,     LOCAL,    false, 1999999,  0,  0,  Rule_FoundationNonPublicFund,      FUNDS_BELOW_MINIMUM
            SOCIAL_SERVICE, LOCAL,    null,  29999,    0,  0,  Rule_SocialServiceFunds,           FUNDS_BELOW_MINIMUM
            SOCIAL_SERVICE, NATIONAL, null,  29999,    0,  0,  Rule_SocialServiceFunds,           FUNDS_BELOW_MINIMUM
            """)
    void application_just_below_a_minimum_fires_exactly_that_rule(String orgType, String scope,
            Boolean publicFundraising, BigDecimal activityFunds, Integer individualMembers, Integer unitMembers,
            String expectedRuleId, String expectedReasonCode) {
        DmnDecisionResult result = evaluate(orgType, scope, publicFundraising, activityFunds, individualMembers, unitMembers);

        assertThat(table.matchedRuleIds()).containsExactly(expectedRuleId);
        assertThat(reasonCodes(result)).containsExactly(expectedReasonCode);
        assertThat(result.getSingleResult().getEntryMap())
                .hasEntrySatisfying("messageZh", message -> assertThat((String) message).isNotBlank())
                .hasEntrySatisfying("messageEn", message -> assertThat((String) message).isNotBlank());
    }

    @ParameterizedTest(name = "{0} {1} publicFundraising={2} funds={3} members={4}/{5} passes")
    @CsvSource(nullValues = "null", textBlock = """
            ASSOCIATION,    NATIONAL, null,  100000,  50, 0
            ASSOCIATION,    LOCAL,    null,  30000,   50, 0
            ASSOCIATION,    LOCAL,    null,  99999,   50, 0
            ASSOCIATION,    NATIONAL, null,  100000,  50, 29
            ASSOCIATION,    NATIONAL, null,  100000,  49, 30
            ASSOCIATION,    NATIONAL, null,  100000,  0,  30
            ASSOCIATION,    LOCAL,    null,  30000,   20, 30
            ASSOCIATION,    LOCAL,    null,  30000,   1,  49
            ASSOCIATION,    LOCAL,    null,  30000,   49, 1
            FOUNDATION,     NATIONAL, true,  8000000, 0,  0
            FOUNDATION,     LOCAL,    true,  4000000, 0,  0
            FOUNDATION,     NATIONAL, false, 2000000, 0,  0
            FOUNDATION,     LOCAL,    false, 2000000, 0,  0
            SOCIAL_SERVICE, LOCAL,    null,  30000,   0,  0
            SOCIAL_SERVICE, NATIONAL, null,  30000,   0,  0
            """)
    void application_at_or_just_above_each_minimum_raises_no_objection(String orgType, String scope,
            Boolean publicFundraising, BigDecimal activityFunds, Integer individualMembers, Integer unitMembers) {
        DmnDecisionResult result = evaluate(orgType, scope, publicFundraising, activityFunds, individualMembers, unitMembers);

        assertThat(table.matchedRuleIds()).isEmpty();
        assertThat(reasonCodes(result)).isEmpty();
    }

    static Stream<Arguments> compliantApplications() {
        return Stream.of(
                Arguments.of("ASSOCIATION", "LOCAL", null, new BigDecimal("50000"), 120, 5),
                Arguments.of("SOCIAL_SERVICE", "LOCAL", null, new BigDecimal("100000"), null, null),
                Arguments.of("FOUNDATION", "NATIONAL", true, new BigDecimal("10000000"), null, null));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("compliantApplications")
    void compliant_application_of_each_type_returns_an_empty_list(String orgType, String scope,
            Boolean publicFundraising, BigDecimal activityFunds, Integer individualMembers, Integer unitMembers) {
        DmnDecisionResult result = evaluate(orgType, scope, publicFundraising, activityFunds, individualMembers, unitMembers);

        assertThat(result.getResultList()).isEmpty();
    }

    @Test
    void application_failing_funds_and_members_collects_both_reasons() {
        DmnDecisionResult result = evaluate("ASSOCIATION", "NATIONAL", null, BigDecimal.ZERO, 10, 10);

        assertThat(table.matchedRuleIds()).containsExactly("Rule_AssociationNationalFunds", "Rule_AssociationMixedMembers");
        assertThat(reasonCodes(result)).containsExactly("FUNDS_BELOW_MINIMUM", "MEMBERS_BELOW_MINIMUM");
    }

    @Test
    void standalone_engine_uses_the_same_feel_engine_as_the_process_engine() {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) table.engine().getConfiguration();

        assertThat(configuration.getFeelEngine()).isInstanceOf(ScalaFeelEngine.class);
        assertThat(new StandaloneInMemProcessEngineConfiguration().isDmnFeelEnableLegacyBehavior())
                .as("process engine default: feel-scala, not the legacy JUEL-based FEEL")
                .isFalse();
    }

    @Test
    void decision_is_a_collect_table_with_a_history_time_to_live() throws IOException {
        try (InputStream dmn = getClass().getResourceAsStream(RESOURCE)) {
            DmnModelInstance model = Dmn.readModelFromStream(dmn);
            Decision modelDecision = model.getModelElementById(DECISION_ID);

            assertThat(modelDecision.getCamundaHistoryTimeToLiveString()).isEqualTo("180");
            assertThat(((DecisionTable) modelDecision.getExpression()).getHitPolicy()).isEqualTo(HitPolicy.COLLECT);
        }
    }
}

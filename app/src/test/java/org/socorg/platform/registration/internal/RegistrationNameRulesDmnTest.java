package org.socorg.platform.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
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
 * Row-by-row tests of {@code processes/registration/registration-name-rules.dmn}: every rule fires on
 * its own for a name that breaks it and stays silent for the nearest name that does not.
 */
class RegistrationNameRulesDmnTest {

    private static final String RESOURCE = "/processes/registration/registration-name-rules.dmn";
    private static final String DECISION_ID = "registration-name-rules";

    private static DmnTable table;

    @BeforeAll
    static void parseDecision() throws IOException {
        table = DmnTable.load(RESOURCE, DECISION_ID);
    }

    private static DmnDecisionResult evaluate(String orgType, String scope, String name, boolean nameTaken) {
        return table.engine().evaluateDecision(table.decision(), Variables.createVariables()
                .putValue("orgType", orgType)
                .putValue("scope", scope)
                .putValue("name", name)
                .putValue("nameTakenInJurisdiction", nameTaken));
    }

    private static List<String> reasonCodes(DmnDecisionResult result) {
        return result.collectEntries("reasonCode");
    }

    /** A name of exactly {@code length} characters for the given organization form. */
    private static String nameOfLength(int length, String orgForm) {
        return "杭州市" + "文".repeat(length - 3 - orgForm.length()) + orgForm;
    }

    @ParameterizedTest(name = "{0} {1} \"{2}\" taken={3} -> {4}")
    @CsvSource(textBlock = """
            ASSOCIATION,    LOCAL,    杭州市书法家协会,       true,  Rule_NameTaken,          NAME_TAKEN
            FOUNDATION,     NATIONAL, 中国青少年发展基金,     false, Rule_FoundationSuffix,   NAME_TYPE_SUFFIX_MISSING
            FOUNDATION,     LOCAL,    杭州市基金会联合会,     false, Rule_FoundationSuffix,   NAME_TYPE_SUFFIX_MISSING
            ASSOCIATION,    LOCAL,    中国象棋杭州协会,       false, Rule_LocalReservedWord,  NAME_RESERVED_WORD
            SOCIAL_SERVICE, LOCAL,    中华文化杭州研究院,     false, Rule_LocalReservedWord,  NAME_RESERVED_WORD
            ASSOCIATION,    LOCAL,    全国围棋联谊会杭州分会, false, Rule_LocalReservedWord,  NAME_RESERVED_WORD
            ASSOCIATION,    LOCAL,    书法会,                 false, Rule_NameTooShort,       NAME_TOO_SHORT
            """)
    void name_breaking_a_rule_fires_exactly_that_rule(String orgType, String scope, String name, boolean nameTaken,
            String expectedRuleId, String expectedReasonCode) {
        DmnDecisionResult result = evaluate(orgType, scope, name, nameTaken);

        assertThat(table.matchedRuleIds()).containsExactly(expectedRuleId);
        assertThat(reasonCodes(result)).containsExactly(expectedReasonCode);
        assertThat(result.getSingleResult().getEntryMap())
                .hasEntrySatisfying("messageZh", message -> assertThat((String) message).isNotBlank())
                .hasEntrySatisfying("messageEn", message -> assertThat((String) message).isNotBlank());
    }

    @ParameterizedTest(name = "{0} {1} \"{2}\" taken={3} passes")
    @CsvSource(textBlock = """
            ASSOCIATION,    LOCAL,    杭州市书法家协会,       false
            FOUNDATION,     NATIONAL, 中国青少年发展基金会,   false
            ASSOCIATION,    LOCAL,    杭州市书法基金联合会,   false
            ASSOCIATION,    NATIONAL, 中国象棋协会,           false
            SOCIAL_SERVICE, NATIONAL, 中华文化研究院,         false
            ASSOCIATION,    NATIONAL, 全国围棋联谊会,         false
            FOUNDATION,     NATIONAL, 国家公园保护基金会,     false
            ASSOCIATION,    LOCAL,    杭州市国学研究会,       false
            ASSOCIATION,    LOCAL,    杭州市家国情怀研究会,   false
            ASSOCIATION,    LOCAL,    书法协会,               false
            SOCIAL_SERVICE, LOCAL,    杭州市中华文化研究院,   false
            ASSOCIATION,    LOCAL,    杭州市中国象棋协会,     false
            FOUNDATION,     LOCAL,    杭州市国家公园保护基金会, false
            """)
    void name_on_the_safe_side_of_every_rule_raises_no_objection(String orgType, String scope, String name,
            boolean nameTaken) {
        DmnDecisionResult result = evaluate(orgType, scope, name, nameTaken);

        assertThat(table.matchedRuleIds()).isEmpty();
        assertThat(reasonCodes(result)).isEmpty();
    }

    @Test
    void name_of_51_characters_fires_only_the_too_long_rule() {
        String name = nameOfLength(51, "协会");
        assertThat(name).hasSize(51);

        DmnDecisionResult result = evaluate("ASSOCIATION", "LOCAL", name, false);

        assertThat(table.matchedRuleIds()).containsExactly("Rule_NameTooLong");
        assertThat(reasonCodes(result)).containsExactly("NAME_TOO_LONG");
    }

    @Test
    void name_of_exactly_50_characters_is_not_too_long() {
        String name = nameOfLength(50, "协会");
        assertThat(name).hasSize(50);

        assertThat(reasonCodes(evaluate("ASSOCIATION", "LOCAL", name, false))).isEmpty();
    }

    static Stream<Arguments> compliantNames() {
        return Stream.of(
                Arguments.of("ASSOCIATION", "NATIONAL", "中国书法家协会"),
                Arguments.of("ASSOCIATION", "LOCAL", "杭州市书法家协会"),
                Arguments.of("SOCIAL_SERVICE", "LOCAL", "杭州市阳光养老服务中心"),
                Arguments.of("FOUNDATION", "LOCAL", "杭州市教育发展基金会"),
                Arguments.of("FOUNDATION", "NATIONAL", "中国青少年发展基金会"));
    }

    @ParameterizedTest(name = "{0} {1} \"{2}\"")
    @MethodSource("compliantNames")
    void compliant_name_of_each_type_returns_an_empty_list(String orgType, String scope, String name) {
        DmnDecisionResult result = evaluate(orgType, scope, name, false);

        assertThat(result.getResultList()).isEmpty();
    }

    @Test
    void name_breaking_several_rules_collects_every_reason() {
        DmnDecisionResult result = evaluate("FOUNDATION", "LOCAL", "中国基金", true);

        assertThat(reasonCodes(result)).containsExactly(
                "NAME_TAKEN", "NAME_TYPE_SUFFIX_MISSING", "NAME_RESERVED_WORD");
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

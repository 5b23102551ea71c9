package org.socorg.platform.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import org.socorg.platform.credit.ListingReasons;

/**
 * Row-by-row tests of {@code processes/credit/credit-listing-reasons.dmn}: each reason code hits exactly its own
 * rule, which gives its list, the article of the MCA's measures, how the listing is removed and its period.
 */
class CreditListingReasonsDmnTest {

    static DmnEngine engine;
    static DmnDecision decision;
    static final List<String> matched = new ArrayList<>();

    @BeforeAll
    static void parse() throws Exception {
        DmnDecisionTableEvaluationListener record = event -> {
            matched.clear();
            event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matched::add);
        };
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .customPostDecisionTableEvaluationListeners(List.of(record)).buildEngine();
        try (InputStream dmn = CreditListingReasonsDmnTest.class
                .getResourceAsStream("/processes/credit/credit-listing-reasons.dmn")) {
            assertThat(dmn).isNotNull();
            decision = engine.parseDecision("credit-listing-reasons", dmn);
        }
    }

    static DmnDecisionResult evaluate(String reasonCode) {
        return engine.evaluateDecision(decision, Variables.createVariables().putValue("reasonCode", reasonCode));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(textBlock = """
            ANNUAL_REPORT_NOT_FILED,    ABNORMAL_ACTIVITY,  第十条第（一）项,   Art. 10(1), true,  false, true,  Rule_AnnualReportNotFiled
            RECTIFICATION_NOT_DONE,     ABNORMAL_ACTIVITY,  第十条第（三）项,   Art. 10(3), true,  false, true,  Rule_RectificationNotDone
            WARNING_OR_SMALL_FINE,      ABNORMAL_ACTIVITY,  第十条第（五）项,   Art. 10(5), true,  false, true,  Rule_WarningOrSmallFine
            UNREACHABLE_AT_ADDRESS,     ABNORMAL_ACTIVITY,  第十条第（六）项,   Art. 10(6), true,  false, true,  Rule_UnreachableAtAddress
            ABNORMAL_FOR_TWO_YEARS,     SERIOUS_DISHONESTY, 第十一条第（一）项, Art. 11(1), true,  true,  false, Rule_AbnormalForTwoYears
            FRAUDULENT_CHANGE_REVOKED,  SERIOUS_DISHONESTY, 第十一条第（二）项, Art. 11(2), true,  true,  false, Rule_FraudulentChangeRevoked
            ORDERED_TO_STOP_ACTIVITIES, SERIOUS_DISHONESTY, 第十一条第（三）项, Art. 11(3), true,  true,  false, Rule_OrderedToStopActivities
            LARGE_FINE,                 SERIOUS_DISHONESTY, 第十一条第（四）项, Art. 11(4), true,  true,  false, Rule_LargeFine
            REPEATED_WARNINGS,          SERIOUS_DISHONESTY, 第十一条第（五）项, Art. 11(5), true,  true,  false, Rule_RepeatedWarnings
            DISHONEST_JUDGMENT_DEBTOR,  SERIOUS_DISHONESTY, 第十一条第（六）项, Art. 11(6), false, true,  false, Rule_DishonestJudgmentDebtor
            CERTIFICATE_REVOKED,        SERIOUS_DISHONESTY, 第十一条第（七）项, Art. 11(7), false, true,  false, Rule_CertificateRevoked
            """)
    void each_reason_maps_to_its_list_legal_basis_and_removal(String reasonCode, String list, String articleZh,
            String articleEn, boolean byApplication, boolean afterPeriod, boolean escalates, String ruleId) {
        Map<String, Object> row = evaluate(reasonCode).getSingleResult().getEntryMap();

        assertThat(matched).containsExactly(ruleId);
        assertThat(row).containsEntry("list", list).containsEntry("removalByApplication", byApplication)
                .containsEntry("removalAfterPeriod", afterPeriod).containsEntry("escalatesAfterPeriod", escalates)
                .containsEntry("periodYears", 2);
        assertThat((String) row.get("legalBasisZh")).isEqualTo("《社会组织信用信息管理办法》（民政部令第60号）" + articleZh);
        assertThat((String) row.get("legalBasisEn")).endsWith(articleEn).startsWith("Measures on Social Organization");
        assertThat((String) row.get("reasonZh")).isNotBlank();
        assertThat((String) row.get("reasonEn")).isNotBlank();
    }

    @Test
    void an_unknown_reason_code_matches_no_rule() {
        assertThat(evaluate("PARKING_TICKET").getResultList()).isEmpty();
        assertThat(matched).isEmpty();
    }

    @Test
    void every_shared_reason_code_has_a_row() throws IllegalAccessException {
        Set<String> missing = new TreeSet<>();
        for (Field f : ListingReasons.class.getFields()) {
            String code = (String) f.get(null);
            if (evaluate(code).getResultList().size() != 1) {
                missing.add(code);
            }
        }
        assertThat(missing).as("ListingReasons without exactly one DMN row").isEmpty();
    }
}

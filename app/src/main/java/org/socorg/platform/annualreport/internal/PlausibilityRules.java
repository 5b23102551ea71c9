package org.socorg.platform.annualreport.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.socorg.platform.annualreport.AnnualReportContent;
import org.socorg.platform.annualreport.Finding;
import org.socorg.platform.shared.PlatformException;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The DMN table {@code annual-report-plausibility} (latest deployed version): whether a report's figures hang
 * together. Rejections refuse the filing (400 naming the field); warnings go to the reviewer.
 */
@Component
public class PlausibilityRules {

    static final String DECISION = "annual-report-plausibility";

    private final DecisionService decisions;

    PlausibilityRules(@Lazy DecisionService decisions) {
        this.decisions = decisions;
    }

    public List<Finding> check(String orgType, AnnualReportContent c) {
        Map<String, Object> variables = Variables.createVariables()
                .putValue("orgType", orgType)
                .putValue("totalIncome", amount(c.totalIncome()))
                .putValue("totalExpenses", amount(c.totalExpenses()))
                .putValue("publicWelfareExpenses", amount(c.publicWelfareExpenses()))
                .putValue("netAssetsStart", amount(c.netAssetsStart()))
                .putValue("netAssetsEnd", amount(c.netAssetsEnd()))
                .putValue("meetingsHeld", c.meetingsHeld() == null ? 0 : c.meetingsHeld());
        return decisions.evaluateDecisionByKey(DECISION).variables(variables).evaluate().getResultList().stream()
                .map(row -> new Finding((String) row.get("code"), (String) row.get("severity"),
                        (String) row.get("field"), (String) row.get("messageZh"), (String) row.get("messageEn")))
                .toList();
    }

    /**
     * Checks and refuses: the findings that may stand (warnings) are returned; any rejection is a 400 naming the
     * first rejected field, with every finding listed.
     */
    public List<Finding> requirePlausible(String orgType, AnnualReportContent content) {
        List<Finding> findings = check(orgType, content);
        List<Finding> rejections = findings.stream().filter(Finding::rejects).toList();
        if (!rejections.isEmpty()) {
            Finding first = rejections.get(0);
            throw new PlatformException(PlatformException.Kind.INVALID_INPUT, "IMPLAUSIBLE_FIGURES",
                    first.messageZh(), first.messageEn(), Map.of("field", first.field(), "findings", rejections));
        }
        return findings;
    }

    private static double amount(BigDecimal value) {
        return value == null ? 0d : value.doubleValue();
    }
}

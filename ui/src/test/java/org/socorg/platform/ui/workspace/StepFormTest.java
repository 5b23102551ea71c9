package org.socorg.platform.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskOutcome;
import org.socorg.platform.ui.forms.FormDefinition;
import org.socorg.platform.ui.forms.FormRenderer;
import org.socorg.platform.ui.forms.Texts;

/**
 * A step's own form, filled in as an official or applicant would, gives the decision its owning feature reads: the
 * answers beyond outcome and comment reach it as data, under the names it checks.
 */
class StepFormTest {

    private static final Texts EN = Texts.of(Locale.ENGLISH);

    private static StepForm form(String path, TaskOutcome... outcomes) {
        return new StepForm(Optional.of(FormDefinition.fromClasspath(path)), List.of(outcomes), EN);
    }

    private static FormRenderer renderer(StepForm form) {
        return form.renderer().orElseThrow();
    }

    @Test
    void an_investigation_sends_its_proposal_as_data_and_takes_the_steps_only_outcome() {
        StepForm form = form("complaint/investigate.form",
                new TaskOutcome("PROPOSE", "提出处理意见", "Propose the outcome", true));
        FormRenderer fields = renderer(form);
        fields.setValue("data.proposedOutcome", "FINE");
        fields.setValue("data.fineAmount", new BigDecimal("5000.00"));
        fields.setValue("data.reason", "未按规定公开募捐信息");
        fields.setValue("data.legalBasis", "《慈善法》第一百零七条");
        fields.setValue("comment", "经查属实");

        TaskDecision decision = form.decision().orElseThrow();

        assertThat(decision.outcome()).isEqualTo("PROPOSE");
        assertThat(decision.comment()).isEqualTo("经查属实");
        assertThat(decision.data()).containsOnly(Map.entry("proposedOutcome", "FINE"),
                Map.entry("fineAmount", new BigDecimal("5000.00")), Map.entry("reason", "未按规定公开募捐信息"),
                Map.entry("legalBasis", "《慈善法》第一百零七条"));
        assertThat(form.components()).as("no second outcome choice or comment box").noneMatch(c ->
                c.getId().filter(id -> id.equals("field-outcome")).isPresent());
    }

    @Test
    void a_form_that_breaks_its_rules_or_lacks_a_required_comment_gives_no_decision() {
        StepForm form = form("complaint/investigate.form",
                new TaskOutcome("PROPOSE", "提出处理意见", "Propose the outcome", true));
        FormRenderer fields = renderer(form);
        assertThat(form.decision()).as("no proposed outcome").isEmpty();
        assertThat(fields.error("data.proposedOutcome")).isPresent();
        fields.setValue("data.proposedOutcome", "WARNING");
        fields.setValue("data.fineAmount", new BigDecimal("1.234"));
        assertThat(form.decision()).as("three decimals").isEmpty();
        assertThat(fields.error("data.fineAmount")).contains("At most 2 decimal places");
        fields.setValue("data.fineAmount", null);
        assertThat(form.decision()).as("the comment is required").isEmpty();
        assertThat(((TextArea) fields.component("comment")).isInvalid()).isTrue();
    }

    @Test
    void a_reason_outside_data_still_reaches_the_feature_as_data_with_the_forms_own_outcome() {
        StepForm form = form("credit/review-objection.form",
                new TaskOutcome("UPHOLD_REMOVE", "异议成立，移出", "Upheld: remove", true),
                new TaskOutcome("UPHOLD_CORRECT", "异议成立，更正", "Upheld: correct", true),
                new TaskOutcome("REJECT", "异议不成立", "Reject", true));
        FormRenderer fields = renderer(form);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> outcome = (RadioButtonGroup<String>) fields.component("outcome");
        outcome.setValue("UPHOLD_CORRECT");
        fields.setValue("reason", "更正后的列入事由");
        fields.setValue("comment", "异议部分成立");

        TaskDecision decision = form.decision().orElseThrow();

        assertThat(decision.outcome()).isEqualTo("UPHOLD_CORRECT");
        assertThat(decision.data()).containsOnly(Map.entry("reason", "更正后的列入事由"));
    }

    @Test
    void a_group_with_path_data_and_a_hidden_outcome_make_the_applicants_closing_report() {
        StepForm form = form("fundraising/closing-report.form",
                new TaskOutcome("SUBMIT", "提交结项报告", "Submit the closing report", false));
        renderer(form).setValue("data.totalRaised", new BigDecimal("120000"));

        TaskDecision decision = form.decision().orElseThrow();

        assertThat(decision.outcome()).isEqualTo("SUBMIT");
        assertThat(decision.comment()).isNull();
        assertThat(decision.data()).containsOnly(Map.entry("totalRaised", new BigDecimal("120000")));
    }

    @Test
    void a_step_without_a_form_offers_its_outcomes_and_a_comment_box() {
        StepForm form = new StepForm(Optional.empty(), List.of(
                new TaskOutcome("APPROVE", "同意", "Approve", false),
                new TaskOutcome("RETURN", "退回", "Return", true)), EN);
        assertThat(form.decision()).as("no outcome chosen").isEmpty();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> outcome = (RadioButtonGroup<String>) form.components().get(0);
        assertThat(outcome.isInvalid()).isTrue();
        outcome.setValue("RETURN");
        assertThat(form.decision()).as("returning needs reasons").isEmpty();
        TextArea comment = (TextArea) form.components().get(1);
        comment.setValue("请补充调查");
        assertThat(form.decision()).contains(new TaskDecision("RETURN", "请补充调查", Map.of()));
    }

    @Test
    void outcome_and_comment_keys_are_the_decisions_own_and_a_data_prefix_is_dropped() {
        TaskDecision decision = StepForm.decision("ACCEPT", "  ", Map.of("outcome", "X", "comment", "y",
                "data.experts", List.of("expert1"), "basicConditions", 80));
        assertThat(decision.comment()).isNull();
        assertThat(decision.data()).containsOnly(Map.entry("experts", List.of("expert1")),
                Map.entry("basicConditions", 80));
    }

    @Test
    void an_applicants_task_form_opens_with_what_was_filed_under_the_forms_own_keys() {
        FormRenderer plan = renderer(form("fundraising/provide-plan-supplements.form",
                new TaskOutcome("SUBMIT", "提交补正后的方案", "Submit the corrected plan", false)));
        TaskFormView.prefill(plan, Map.of("title", "助学募捐", "targetAmount", 500000, "unknown", "x"));
        assertThat(plan.values()).containsEntry("data.title", "助学募捐")
                .containsEntry("data.targetAmount", new BigDecimal("500000")).doesNotContainKey("unknown")
                .doesNotContainKey("data.unknown");

        StepForm correction = form("annualreport/correct.form",
                new TaskOutcome("RESUBMIT", "重新提交", "Resubmit", false));
        assertThat(correction.components()).filteredOn(c -> c instanceof com.vaadin.flow.component.html.H3)
                .as("each group's title above its fields").hasSize(renderer(correction).stepCount())
                .hasSizeGreaterThan(1);
        FormRenderer report = renderer(correction);
        TaskFormView.prefill(report, Map.of("workSummary", "全年开展助学活动12次"));
        assertThat(report.values()).containsEntry("workSummary", "全年开展助学活动12次")
                .containsEntry("outcome", "RESUBMIT");
    }
}

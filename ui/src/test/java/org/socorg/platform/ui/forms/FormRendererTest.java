package org.socorg.platform.ui.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The form renderer without a browser: every field type and validation rule the project's forms use (and the rest
 * of form-js's basic ones), set as a user would and read back as the user sees them.
 */
class FormRendererTest {

    static final Texts ZH = Texts.of(Locale.SIMPLIFIED_CHINESE);
    static final Texts EN = Texts.of(Locale.ENGLISH);

    static final String ALL_TYPES = """
            {"id": "all-types", "type": "default", "schemaVersion": 16, "components": [
              {"type": "text", "id": "t0", "text": "## 测试表单 / Test form"},
              {"type": "group", "id": "g1", "label": "第一步 / First", "components": [
                {"type": "textfield", "id": "f1", "key": "code", "label": "代码 / Code",
                 "validate": {"required": true, "minLength": 2, "maxLength": 6, "pattern": "[A-Z0-9]+"}},
                {"type": "textarea", "id": "f2", "key": "notes", "label": "说明 / Notes",
                 "description": "选填 / Optional", "validate": {"maxLength": 10}},
                {"type": "number", "id": "f3", "key": "amount", "label": "金额 / Amount",
                 "validate": {"required": true, "min": 0, "max": 100}}
              ]},
              {"type": "group", "id": "g2", "label": "第二步 / Second", "components": [
                {"type": "select", "id": "f4", "key": "kind", "label": "类型 / Kind",
                 "values": [{"label": "甲 / A", "value": "A"}, {"label": "乙 / B", "value": "B"}],
                 "validate": {"required": true}},
                {"type": "radio", "id": "f5", "key": "scope", "label": "范围 / Scope",
                 "values": [{"label": "全国 / National", "value": "NATIONAL"}, {"label": "地方 / Local", "value": "LOCAL"}],
                 "validate": {"required": true}},
                {"type": "checkbox", "id": "f6", "key": "agree", "label": "同意 / Agree", "validate": {"required": true}},
                {"type": "number", "id": "f7", "key": "members", "label": "会员数 / Members",
                 "conditional": {"hide": "=kind != \\"A\\""}, "validate": {"required": true}},
                {"type": "datetime", "id": "f8", "key": "day", "subtype": "date", "label": "日期 / Date"},
                {"type": "datetime", "id": "f9", "key": "at", "subtype": "time", "label": "时间 / Time"},
                {"type": "datetime", "id": "f10", "key": "when", "subtype": "datetime", "label": "时刻 / When"}
              ]}
            ]}
            """;

    private static FormRenderer allTypes(Texts texts) {
        return new FormRenderer(FormDefinition.parse(ALL_TYPES), texts);
    }

    @Test
    void renders_each_form_js_type_as_its_vaadin_component_with_the_users_label() {
        FormRenderer form = allTypes(ZH);
        assertThat(form.component("code")).isInstanceOf(TextField.class);
        assertThat(form.component("notes")).isInstanceOf(TextArea.class);
        assertThat(form.component("amount")).isInstanceOf(BigDecimalField.class);
        assertThat(form.component("kind")).isInstanceOf(Select.class);
        assertThat(form.component("scope")).isInstanceOf(RadioButtonGroup.class);
        assertThat(form.component("agree")).isInstanceOf(Checkbox.class);
        assertThat(form.component("day")).isInstanceOf(DatePicker.class);
        assertThat(form.component("at")).isInstanceOf(TimePicker.class);
        assertThat(form.component("when")).isInstanceOf(DateTimePicker.class);
        assertThat(((TextField) form.component("code")).getLabel()).isEqualTo("代码");
        assertThat(((TextArea) form.component("notes")).getHelperText()).isEqualTo("选填");
        assertThat(((TextField) allTypes(EN).component("code")).getLabel()).isEqualTo("Code");
        assertThat(((TextField) form.component("code")).isRequiredIndicatorVisible()).isTrue();
    }

    @Test
    void makes_each_group_a_step_and_the_leading_text_the_intro() {
        FormRenderer form = allTypes(EN);
        assertThat(form.stepCount()).isEqualTo(2);
        assertThat(form.step(0).title()).isEqualTo("First");
        assertThat(form.step(1).title()).isEqualTo("Second");
        assertThat(form.stepOf("scope")).contains(1);
        assertThat(form.stepContent(0)).isNotNull();
    }

    @Test
    void a_list_of_forms_makes_consecutive_steps() {
        FormRenderer forms = new FormRenderer(List.of(FormDefinition.parse(ALL_TYPES),
                FormDefinition.fromClasspath("registration/check-documents.form")), EN);
        assertThat(forms.stepCount()).isEqualTo(3);
        assertThat(forms.stepOf("outcome")).contains(2);
    }

    @Test
    void required_text_is_checked_as_the_user_types_in_the_users_language() {
        FormRenderer zh = allTypes(ZH);
        zh.setValue("code", "AB");
        zh.setValue("code", "");
        assertThat(zh.error("code")).contains("请填写此项");
        FormRenderer en = allTypes(EN);
        en.setValue("code", "AB");
        en.setValue("code", "");
        assertThat(en.error("code")).contains("Please fill in this field");
        assertThat(((TextField) en.component("code")).isInvalid()).isTrue();
        en.setValue("code", "AB12");
        assertThat(en.error("code")).isEmpty();
        assertThat(((TextField) en.component("code")).isInvalid()).isFalse();
    }

    @Test
    void min_length_max_length_and_pattern() {
        FormRenderer form = allTypes(EN);
        form.setValue("code", "A");
        assertThat(form.error("code")).contains("At least 2 characters");
        form.setValue("code", "ABCDEFG");
        assertThat(form.error("code")).contains("At most 6 characters (now 7)");
        form.setValue("code", "ab");
        assertThat(form.error("code")).contains("This does not have the required format");
        form.setValue("notes", "一二三四五六七八九十一");
        assertThat(form.error("notes")).contains("At most 10 characters (now 11)");
        form.setValue("notes", "一二三四五六七八九十");
        assertThat(form.error("notes")).isEmpty();
    }

    @Test
    void number_min_and_max() {
        FormRenderer form = allTypes(ZH);
        form.setValue("amount", new BigDecimal("-1"));
        assertThat(form.error("amount")).contains("不能小于 0");
        form.setValue("amount", new BigDecimal("100.5"));
        assertThat(form.error("amount")).contains("不能大于 100");
        form.setValue("amount", new BigDecimal("100"));
        assertThat(form.error("amount")).isEmpty();
    }

    @Test
    void required_select_radio_and_checkbox_block_their_step_until_answered() {
        FormRenderer form = allTypes(EN);
        assertThat(form.validateStep(1)).isFalse();
        assertThat(form.error("kind")).contains("Please fill in this field");
        assertThat(form.error("scope")).contains("Please fill in this field");
        assertThat(form.error("agree")).contains("Please fill in this field");
        form.setValue("kind", "B");
        form.setValue("scope", "LOCAL");
        form.setValue("agree", true);
        assertThat(form.validateStep(1)).as("members is hidden for kind B, so not required").isTrue();
        assertThat(form.firstInvalidStep()).contains(0);
    }

    @Test
    void a_hidden_field_is_neither_validated_nor_submitted_and_shows_again_with_its_condition() {
        FormRenderer form = allTypes(EN);
        form.setValue("kind", "A");
        assertThat(form.isVisible("members")).isTrue();
        form.setValue("members", new BigDecimal("12"));
        form.setValue("kind", "B");
        assertThat(form.isVisible("members")).isFalse();
        assertThat(form.component("members").isVisible()).isFalse();
        assertThat(form.values()).doesNotContainKey("members");
        assertThat(form.allValues()).as("the draft keeps it").containsEntry("members", new BigDecimal("12"));
        form.setValue("kind", "A");
        assertThat(form.values()).containsEntry("members", new BigDecimal("12"));
    }

    @Test
    void dates_and_times_are_iso_values_and_restore_from_them() {
        FormRenderer form = allTypes(EN);
        form.setValues(Map.of("day", "2026-12-01", "at", "09:30", "when", "2026-12-01T09:30"));
        assertThat(form.values()).containsEntry("day", "2026-12-01").containsEntry("at", "09:30")
                .containsEntry("when", "2026-12-01T09:30");
    }

    @Test
    void restores_a_draft_without_showing_errors_and_lists_the_answers_for_review() {
        FormRenderer form = allTypes(ZH);
        form.setValues(Map.of("code", "AB1", "amount", 5, "kind", "A", "scope", "LOCAL", "agree", true,
                "unknownKey", "ignored"));
        assertThat(form.error("code")).isEmpty();
        assertThat(form.answers()).extracting(FormRenderer.Answer::label, FormRenderer.Answer::value)
                .contains(org.assertj.core.groups.Tuple.tuple("类型", "甲"),
                        org.assertj.core.groups.Tuple.tuple("范围", "地方"),
                        org.assertj.core.groups.Tuple.tuple("同意", "是"),
                        org.assertj.core.groups.Tuple.tuple("说明", "（未填写）"));
    }

    @Test
    void renders_the_establishment_application_with_its_rules() {
        FormRenderer form = new FormRenderer(FormDefinition.fromClasspath(
                "registration/establishment-application.form"), EN);
        assertThat(form.stepCount()).isEqualTo(3);
        assertThat(form.step(0).title()).isEqualTo("Basic information");
        form.setValue("orgType", "FOUNDATION");
        assertThat(form.isVisible("publicFundraising")).isTrue();
        assertThat(form.isVisible("individualMembers")).isFalse();
        form.setValue("name", "x".repeat(51));
        assertThat(form.error("name")).contains("At most 50 characters (now 51)");
        form.setValue("activityFunds", new BigDecimal("-5"));
        assertThat(form.error("activityFunds")).contains("Must be at least 0");
        assertThat(form.validateStep(0)).isFalse();
        assertThat(form.error("scope")).contains("Please fill in this field");
    }

    @Test
    void the_wizard_moves_on_only_from_a_valid_step_and_ends_on_the_review_page() {
        FormRenderer form = allTypes(EN);
        boolean[] submitted = {false};
        FormWizard wizard = new FormWizard(form, List.of(new FormWizard.ExtraStep("Documents",
                new com.vaadin.flow.component.html.Div(), () -> List.of("charter.pdf"), () -> null)));
        wizard.onSubmit(() -> submitted[0] = true);
        assertThat(wizard.next()).isFalse();
        assertThat(wizard.current()).isZero();
        form.setValues(Map.of("code", "AB1", "amount", 5));
        assertThat(wizard.next()).isTrue();
        form.setValues(Map.of("kind", "B", "scope", "LOCAL", "agree", true));
        assertThat(wizard.next()).isTrue();
        assertThat(wizard.next()).isTrue();
        assertThat(wizard.onReviewPage()).isTrue();
        wizard.goTo(0);
        assertThat(wizard.current()).isZero();
    }

    @Test
    void a_flat_form_with_its_own_heading_shows_its_title_once() {
        Texts zh = Texts.of(Texts.CHINESE);
        FormRenderer change = new FormRenderer(FormDefinition.fromClasspath("registration/change-application.form"), zh);
        FormWizard wizard = new FormWizard(change, List.of());
        String page = wizard.getElement().getTextRecursively();
        assertThat(FormWizard.opensWithHeading(change.step(0))).isTrue();
        // as text only the step list names it (the form's own Markdown heading is rendered HTML); no copy as an H3
        assertThat(page.split("社会组织变更登记申请", -1)).hasSize(2);
        assertThat(wizard.getElement().getOuterHTML()).doesNotContain("<h3>社会组织变更登记申请");

        FormRenderer grouped = new FormRenderer(FormDefinition.fromClasspath(
                "registration/establishment-application.form"), zh);
        assertThat(FormWizard.opensWithHeading(grouped.step(0))).isFalse();
    }

    static final String TASK_FIELDS = """
            {"id": "task-fields", "type": "default", "schemaVersion": 16, "components": [
              {"type": "text", "id": "t0", "text": "## 办理 / Handle"},
              {"type": "hidden", "id": "h1", "key": "outcome", "defaultValue": "SUBMIT"},
              {"type": "taglist", "id": "f1", "key": "data.experts", "label": "专家 / Experts",
               "validate": {"required": true}},
              {"type": "number", "id": "f2", "key": "fine", "label": "罚款 / Fine", "decimalDigits": 2},
              {"type": "number", "id": "f3", "key": "score", "label": "得分 / Score", "decimalDigits": 0,
               "defaultValue": 60},
              {"type": "datetime", "id": "f4", "key": "from", "subtype": "date", "dateLabel": "开始日期 / Start date"},
              {"type": "group", "id": "g1", "label": "补正 / Supplement", "path": "data", "showOutline": true,
               "components": [
                 {"type": "textfield", "id": "f5", "key": "statement", "label": "说明 / Statement"}
               ]}
            ]}
            """;

    private static FormRenderer taskFields(Texts texts) {
        return new FormRenderer(FormDefinition.parse(TASK_FIELDS), texts);
    }

    @Test
    void a_hidden_field_is_not_shown_or_asked_and_always_submits_its_default() {
        FormRenderer form = taskFields(EN);
        assertThat(form.hasInput("outcome")).isFalse();
        assertThat(form.answers()).extracting(FormRenderer.Answer::key).doesNotContain("outcome");
        assertThat(form.values()).containsEntry("outcome", "SUBMIT");
        assertThat(form.allValues()).containsEntry("outcome", "SUBMIT");
    }

    @Test
    void a_taglist_takes_typed_tags_as_a_list_or_offers_the_options_the_application_sets() {
        FormRenderer form = taskFields(ZH);
        assertThat(form.component("data.experts")).isInstanceOf(MultiSelectComboBox.class);
        assertThat(form.firstInvalidStep()).isPresent();
        assertThat(form.error("data.experts")).contains("请填写此项");
        form.setValue("data.experts", List.of("expert1", "expert2"));
        assertThat(form.error("data.experts")).isEmpty();
        assertThat(form.values()).containsEntry("data.experts", List.of("expert1", "expert2"));

        FormRenderer offered = taskFields(ZH);
        offered.setOptions("data.experts", List.of(new FormDefinition.Option("王五（expert1）", "expert1"),
                new FormDefinition.Option("赵六（expert2）", "expert2")));
        offered.setValue("data.experts", List.of("expert2"));
        assertThat(offered.answers()).extracting(FormRenderer.Answer::key, FormRenderer.Answer::value)
                .contains(org.assertj.core.groups.Tuple.tuple("data.experts", "赵六（expert2）"));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> box = (MultiSelectComboBox<String>) offered.component("data.experts");
        assertThat(box.isAllowCustomValue()).isFalse();
        assertThat(box.getListDataView().getItems()).containsExactly("expert1", "expert2");
    }

    @Test
    void decimal_digits_limit_the_decimals_of_a_number_in_the_users_language() {
        FormRenderer form = taskFields(EN);
        form.setValue("fine", new BigDecimal("12.345"));
        assertThat(form.error("fine")).contains("At most 2 decimal places");
        form.setValue("fine", new BigDecimal("12.50"));
        assertThat(form.error("fine")).isEmpty();
        form.setValue("score", new BigDecimal("7.5"));
        assertThat(taskFields(ZH).texts().get("workspace.form.wholeNumber")).isEqualTo("须为整数");
        assertThat(form.error("score")).contains("Must be a whole number");
        form.setValue("score", new BigDecimal("7.0"));
        assertThat(form.error("score")).isEmpty();
    }

    @Test
    void a_default_value_fills_the_field_until_the_user_answers_and_shows_no_error() {
        FormRenderer form = taskFields(EN);
        assertThat(((BigDecimalField) form.component("score")).getValue()).isEqualByComparingTo("60");
        assertThat(form.values()).containsEntry("score", new BigDecimal("60"));
        assertThat(form.error("score")).isEmpty();
    }

    @Test
    void a_date_picker_is_labelled_by_its_date_label_and_a_group_path_prefixes_the_keys_inside() {
        FormRenderer form = taskFields(ZH);
        assertThat(((DatePicker) form.component("from")).getLabel()).isEqualTo("开始日期");
        assertThat(form.hasInput("data.statement")).isTrue();
        assertThat(form.hasInput("statement")).isFalse();
        assertThat(form.component("data.statement").getId()).contains("field-data.statement");
        form.setValue("data.statement", "已补充");
        assertThat(form.values()).containsEntry("data.statement", "已补充");
    }

    /**
     * Every component type, property and validation rule that a form in {@code forms/} uses is one this renderer
     * knows: a form an analyst saves with something new fails here instead of losing answers in front of a user.
     */
    @Test
    void every_type_property_and_rule_the_project_forms_use_is_one_the_renderer_knows() throws Exception {
        java.util.Set<String> types = java.util.Set.of("text", "group", "textfield", "textarea", "number", "select",
                "radio", "checkbox", "datetime", "taglist", "hidden");
        // layout and showOutline place a field; the rest is read by FormDefinition
        java.util.Set<String> properties = java.util.Set.of("type", "id", "key", "label", "description", "text",
                "subtype", "values", "validate", "conditional", "components", "defaultValue", "decimalDigits", "path",
                "dateLabel", "layout", "showOutline");
        java.util.Set<String> rules = java.util.Set.of("required", "minLength", "maxLength", "min", "max", "pattern");
        var resources = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath*:forms/**/*.form");
        assertThat(resources).hasSizeGreaterThan(30);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.List<String> unknown = new java.util.ArrayList<>();
        java.util.Set<String> seenTypes = new java.util.TreeSet<>();
        for (var resource : resources) {
            try (var in = resource.getInputStream()) {
                var queue = new java.util.ArrayDeque<com.fasterxml.jackson.databind.JsonNode>();
                json.readTree(in).path("components").forEach(queue::add);
                while (!queue.isEmpty()) {
                    var c = queue.poll();
                    String where = resource.getFilename() + " " + c.path("id").asText();
                    seenTypes.add(c.path("type").asText());
                    if (!types.contains(c.path("type").asText())) {
                        unknown.add(where + ": type " + c.path("type").asText());
                    }
                    c.fieldNames().forEachRemaining(n -> {
                        if (!properties.contains(n)) {
                            unknown.add(where + ": property " + n);
                        }
                    });
                    c.path("validate").fieldNames().forEachRemaining(n -> {
                        if (!rules.contains(n)) {
                            unknown.add(where + ": rule " + n);
                        }
                    });
                    c.path("components").forEach(queue::add);
                }
            }
        }
        assertThat(unknown).isEmpty();
        assertThat(seenTypes).as("the forms use these types, each tested above").containsAll(java.util.Set.of(
                "taglist", "hidden", "number", "datetime", "group", "radio", "select", "checkbox"));
    }
}

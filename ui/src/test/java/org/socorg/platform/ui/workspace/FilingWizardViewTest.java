package org.socorg.platform.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationScope;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.organization.OrganizationType;
import org.socorg.platform.ui.forms.FormDefinition;
import org.socorg.platform.ui.forms.FormRenderer;
import org.socorg.platform.ui.forms.Texts;
import org.socorg.platform.ui.workspace.FilingWizardView.Filing;
import org.socorg.platform.workspace.FiledCase;

/** The filing wizards: which flows an organization is offered, and that each flow's form fits its request. */
class FilingWizardViewTest {

    private static Organization org(OrganizationStatus status, boolean charity, boolean fundraising) {
        return new Organization(1, "53110000MJ0000001X", "110000-2026-0000001", "北京市测试基金会",
                OrganizationType.FOUNDATION, OrganizationScope.LOCAL, status, "110000", "北京市民政局", null, "张三",
                new BigDecimal("8000000"), "北京市", "助学", LocalDate.of(2026, 1, 5), null, null, charity, fundraising,
                null, Instant.now(), Instant.now());
    }

    @Test
    void offers_the_fundraising_filings_only_to_charities_and_nothing_to_an_organization_no_longer_active() {
        assertThat(Filing.offeredFor(org(OrganizationStatus.ACTIVE, false, false)))
                .containsExactly(Filing.CHANGE, Filing.DEREGISTRATION, Filing.ANNUAL_REPORT, Filing.EVALUATION);
        assertThat(Filing.offeredFor(org(OrganizationStatus.ACTIVE, true, false))).contains(Filing.QUALIFICATION)
                .doesNotContain(Filing.PLAN);
        assertThat(Filing.offeredFor(org(OrganizationStatus.ACTIVE, true, true))).contains(Filing.PLAN)
                .doesNotContain(Filing.QUALIFICATION);
        for (OrganizationStatus other : OrganizationStatus.values()) {
            if (other != OrganizationStatus.ACTIVE) {
                assertThat(Filing.offeredFor(org(other, true, true))).as(other.name()).isEmpty();
            }
        }
    }

    @Test
    void every_filing_takes_documents_for_its_own_case_and_says_in_both_languages_which() {
        assertThat(Filing.CHANGE.documents).isEqualTo(FiledCase.REGISTRATION);
        assertThat(Filing.DEREGISTRATION.documents).isEqualTo(FiledCase.REGISTRATION);
        assertThat(Filing.ANNUAL_REPORT.documents).isEqualTo(FiledCase.ANNUAL_REPORT);
        assertThat(Filing.EVALUATION.documents).isEqualTo(FiledCase.EVALUATION);
        assertThat(Filing.QUALIFICATION.documents).isEqualTo(FiledCase.QUALIFICATION);
        assertThat(Filing.PLAN.documents).isEqualTo(FiledCase.PLAN);
        Texts zh = Texts.of(Texts.CHINESE);
        Texts en = Texts.of(java.util.Locale.ENGLISH);
        for (Filing f : Filing.values()) {
            String key = "workspace.filing.documentsHelp." + f.name();
            assertThat(zh.get(key)).as(key).isNotEqualTo(key).contains("10 MB");
            assertThat(en.get(key)).as(key).isNotEqualTo(key).contains("10 MB");
        }
        assertThat(zh.get("workspace.filing.documentsHelp.DEREGISTRATION")).contains("清算报告");
        assertThat(en.get("workspace.filing.documentsHelp.ANNUAL_REPORT")).contains("audit report");
    }

    @Test
    void answers_supplements_with_what_each_flows_supplement_step_takes() {
        assertThat(Arrays.stream(Filing.values()).filter(Filing::answersSupplements))
                .containsExactly(Filing.CHANGE, Filing.DEREGISTRATION, Filing.EVALUATION, Filing.QUALIFICATION);
        Map<String, Object> change = FilingWizardView.nested(Map.of("creditCode", "53110000MJ0000001X",
                "address", "北京市西城区新址8号院1号楼"));
        assertThat(Filing.CHANGE.supplementData(change)).containsOnlyKeys("address");
        Map<String, Object> evaluation = FilingWizardView.nested(Map.of("creditCode", "53110000MJ0000001X",
                "selfAssessment.summary", "补充自评", "selfAssessment.workPerformance", "开展项目12个"));
        assertThat(Filing.EVALUATION.supplementData(evaluation))
                .containsOnly(Map.entry("summary", "补充自评"), Map.entry("workPerformance", "开展项目12个"));
    }

    @Test
    void lands_a_supplement_on_the_step_the_officer_names_or_on_the_documents() {
        FormRenderer form = new FormRenderer(Filing.EVALUATION.definition(), Texts.of(Texts.CHINESE));
        int documentsStep = form.stepCount();
        FormDefinition.Field summary = Filing.EVALUATION.definition().components().stream()
                .flatMap(c -> c.components() == null ? java.util.stream.Stream.of(c)
                        : java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.components().stream()))
                .filter(f -> "selfAssessment.summary".equals(f.key())).findFirst().orElseThrow();
        String label = Texts.of(Texts.CHINESE).pick(summary.label());
        // a field the comment names wins over the documents it also mentions (the flow forms have no groups)
        assertThat(Supplements.stepConcerned(Filing.EVALUATION.definition(), form, "请补正" + label + "及相关材料"))
                .isEqualTo(form.stepOf("selfAssessment.summary").orElseThrow()).isNotEqualTo(documentsStep);
        assertThat(Supplements.stepConcerned(Filing.EVALUATION.definition(), form, "一次性告知补正：请补交佐证材料"))
                .isEqualTo(documentsStep);
        assertThat(Supplements.stepConcerned(Filing.EVALUATION.definition(), form, null)).isZero();
    }

    @Test
    void shows_document_sizes_as_people_read_them() {
        assertThat(DocumentsField.size(60)).isEqualTo("60 B");
        assertThat(DocumentsField.size(1536)).isEqualTo("1.5 kB");
        assertThat(DocumentsField.size(10L * 1024 * 1024)).isEqualTo("10.0 MB");
    }

    @Test
    void finds_each_flow_by_its_path_and_nothing_else() {
        for (Filing f : Filing.values()) {
            assertThat(Filing.ofPath(f.path())).contains(f);
        }
        assertThat(Filing.ofPath("annual-report")).contains(Filing.ANNUAL_REPORT);
        assertThat(Filing.ofPath("establishment")).isEmpty();
        assertThat(Filing.ofPath("../admin")).isEmpty();
    }

    @Test
    void turns_the_forms_dotted_keys_into_the_objects_the_requests_have() {
        assertThat(FilingWizardView.nested(Map.of("creditCode", "X", "selfAssessment.summary", "好")))
                .isEqualTo(Map.of("creditCode", "X", "selfAssessment", Map.of("summary", "好")));
    }

    /** A field of a form with no field of that name in its request would be dropped silently when filed. */
    @Test
    void every_field_of_each_flows_form_is_a_field_of_its_request_and_the_credit_code_is_one_of_them() {
        for (Filing f : Filing.values()) {
            List<FormDefinition.Field> fields = new ArrayList<>();
            collect(FormDefinition.fromClasspath(f.form).components(), fields);
            List<String> keys = fields.stream().map(FormDefinition.Field::key).toList();
            assertThat(keys).as(f.form).contains("creditCode");
            for (String key : keys) {
                assertThat(hasPath(f.request, key)).as(f.form + " field " + key).isTrue();
            }
        }
    }

    /** What the wizard submits — every field answered as its component answers — is a valid request of the flow. */
    @Test
    void each_flows_answers_convert_into_its_request_with_every_field_kept() throws Exception {
        ObjectMapper json = JsonMapper.builder().findAndAddModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        for (Filing f : Filing.values()) {
            FormDefinition definition = FormDefinition.fromClasspath(f.form);
            FormRenderer form = new FormRenderer(definition, Texts.of(Texts.CHINESE));
            List<FormDefinition.Field> fields = new ArrayList<>();
            collect(definition.components(), fields);
            for (FormDefinition.Field field : fields) {
                form.setValue(field.key(), switch (field.type()) {
                    case "number" -> "1";
                    case "checkbox" -> true;
                    case "datetime" -> "2026-09-01";
                    default -> "53110000MJ0000001X";
                });
            }
            Map<String, Object> values = FilingWizardView.nested(form.values());
            Object request = json.convertValue(values, f.request);
            // nothing answered is lost on the way: the request, written out again, holds every answer
            Map<String, Object> back = json.convertValue(request, new TypeReference<Map<String, Object>>() { });
            for (FormDefinition.Field field : fields) {
                Object at = back;
                for (String part : field.key().split("\\.")) {
                    at = ((Map<?, ?>) at).get(part);
                }
                assertThat(at).as(f.form + " " + field.key()).isNotNull();
            }
        }
    }

    /** The form's input fields, groups opened. */
    static void collect(List<FormDefinition.Field> fields, List<FormDefinition.Field> into) {
        for (FormDefinition.Field field : fields) {
            if (field.isInput()) {
                into.add(field);
            }
            if (field.components() != null) {
                collect(field.components(), into);
            }
        }
    }

    private static boolean hasPath(Class<?> type, String key) {
        Class<?> at = type;
        for (String part : key.split("\\.")) {
            if (!at.isRecord()) {
                return false;
            }
            RecordComponent found = Arrays.stream(at.getRecordComponents()).filter(c -> c.getName().equals(part))
                    .findFirst().orElse(null);
            if (found == null) {
                return false;
            }
            at = found.getType();
        }
        return true;
    }
}

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.socorg.platform.annualreport.AnnualReportFiling;
import org.socorg.platform.evaluation.EvaluationRequest;
import org.socorg.platform.fundraising.PlanRequest;
import org.socorg.platform.fundraising.QualificationRequest;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationScope;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.organization.OrganizationType;
import org.socorg.platform.registration.ChangeRequest;
import org.socorg.platform.registration.DeregistrationRequest;
import org.socorg.platform.ui.forms.FormDefinition;
import org.socorg.platform.ui.workspace.FilingWizardView.Filing;

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
        Map<Filing, Class<?>> requests = Map.of(Filing.CHANGE, ChangeRequest.class,
                Filing.DEREGISTRATION, DeregistrationRequest.class, Filing.ANNUAL_REPORT, AnnualReportFiling.class,
                Filing.EVALUATION, EvaluationRequest.class, Filing.QUALIFICATION, QualificationRequest.class,
                Filing.PLAN, PlanRequest.class);
        for (Filing f : Filing.values()) {
            List<String> keys = inputs(FormDefinition.fromClasspath(f.form).components()).toList();
            assertThat(keys).as(f.form).contains("creditCode");
            for (String key : keys) {
                assertThat(hasPath(requests.get(f), key)).as(f.form + " field " + key).isTrue();
            }
        }
    }

    private static Stream<String> inputs(List<FormDefinition.Field> fields) {
        List<String> keys = new ArrayList<>();
        for (FormDefinition.Field field : fields) {
            if (field.isInput()) {
                keys.add(field.key());
            }
            if (field.components() != null) {
                inputs(field.components()).forEach(keys::add);
            }
        }
        return keys.stream();
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

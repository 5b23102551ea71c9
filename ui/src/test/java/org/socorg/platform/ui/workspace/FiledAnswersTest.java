package org.socorg.platform.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.socorg.platform.annualreport.AnnualReport;
import org.socorg.platform.annualreport.AnnualReportContent;
import org.socorg.platform.annualreport.AnnualReportService;
import org.socorg.platform.annualreport.AnnualReportStatus;
import org.socorg.platform.evaluation.Evaluation;
import org.socorg.platform.evaluation.EvaluationService;
import org.socorg.platform.evaluation.EvaluationStatus;
import org.socorg.platform.evaluation.SelfAssessment;
import org.socorg.platform.fundraising.FundraisingPlanService;
import org.socorg.platform.fundraising.FundraisingService;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.registration.RegistrationService;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.TaskSummary;
import org.socorg.platform.ui.forms.FormDefinition;
import org.socorg.platform.ui.workspace.FilingWizardView.Filing;

/**
 * The officials' case view shows what was filed through the filing's own form: the answers come keyed as that form
 * keys them (a key the form does not have would show nothing), and a filing the feature does not show the caller
 * stays hidden. The services are stand-ins: this is the mapping alone; the browser IT shows a change end to end.
 */
class FiledAnswersTest {

    private final AnnualReportService annualReports = mock(AnnualReportService.class);
    private final EvaluationService evaluations = mock(EvaluationService.class);
    private final FiledAnswers answers = new FiledAnswers(mock(RegistrationService.class), annualReports, evaluations,
            mock(FundraisingService.class), mock(FundraisingPlanService.class),
            JsonMapper.builder().findAndAddModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build());
    private final Caller official = new Caller("official1", "李四", Set.of("registration-officers"), "110000");

    private static TaskSummary task(String processKey) {
        return new TaskSummary("t1", "审查", "UserTask_Review", processKey, "pi1", "case-1", null, Instant.now(), null,
                "北京市测试协会", "110000", List.of(), null);
    }

    private static Set<String> formKeys(Filing filing) {
        List<FormDefinition.Field> fields = new ArrayList<>();
        FilingWizardViewTest.collect(filing.definition().components(), fields);
        return fields.stream().map(FormDefinition.Field::key).collect(Collectors.toSet());
    }

    @Test
    void an_annual_report_is_shown_through_the_filing_form_with_its_organization_and_year() {
        AnnualReportContent content = new AnnualReportContent("全年资助困难学生320名", new BigDecimal("1200000"),
                new BigDecimal("900000"), new BigDecimal("700000"), new BigDecimal("5000000"), new BigDecimal("5300000"),
                4, "无", "助学");
        when(annualReports.get(any(), eq("case-1"))).thenReturn(new AnnualReport("case-1", "53110000MJ0000001X",
                "北京市测试协会", "SOCIAL_GROUP", "110000", 2025, AnnualReportStatus.SUBMITTED, null, content, List.of(),
                null, false, "applicant1", null, 0, Instant.now(), null, null, "pi1", List.of()));

        FiledAnswers.Answers filed = answers.of(official, task(AnnualReportService.PROCESS_KEY)).orElseThrow();

        assertThat(filed.filing()).isEqualTo(Filing.ANNUAL_REPORT);
        assertThat(filed.values()).containsEntry("creditCode", "53110000MJ0000001X").containsEntry("reportYear", 2025)
                .containsEntry("workSummary", "全年资助困难学生320名");
        assertThat(formKeys(Filing.ANNUAL_REPORT)).containsAll(filed.values().keySet());
        assertThat(filed.values().keySet()).containsAll(formKeys(Filing.ANNUAL_REPORT));
    }

    @Test
    void an_evaluations_self_assessment_comes_under_the_forms_dotted_keys() {
        when(evaluations.get(any(), eq("case-1"))).thenReturn(new Evaluation("case-1", "53110000MJ0000001X",
                "北京市测试协会", "110000", "applicant1", EvaluationStatus.SUBMITTED,
                new SelfAssessment(90, 300, 340, 120, "自评报告"), "pi1", List.of(), 1, Map.of(), null, null, List.of(),
                null, null, null, Instant.now(), null, List.of()));

        FiledAnswers.Answers filed = answers.of(official, task(EvaluationService.PROCESS_KEY)).orElseThrow();

        assertThat(filed.values()).containsEntry("selfAssessment.summary", "自评报告")
                .containsEntry("selfAssessment.basicConditions", 90);
        assertThat(filed.values().keySet()).isEqualTo(formKeys(Filing.EVALUATION));
    }

    @Test
    void shows_nothing_the_feature_refuses_the_caller_and_nothing_for_a_case_no_one_filed() {
        when(evaluations.get(any(), any())).thenThrow(PlatformException.forbidden("专家不查看自评", "Not for experts"));

        assertThat(answers.of(official, task(EvaluationService.PROCESS_KEY))).isEmpty();
        assertThat(answers.of(official, task("complaint-intake"))).isEmpty();
    }
}

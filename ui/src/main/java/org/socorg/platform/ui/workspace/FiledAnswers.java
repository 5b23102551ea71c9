package org.socorg.platform.ui.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.socorg.platform.annualreport.AnnualReport;
import org.socorg.platform.annualreport.AnnualReportService;
import org.socorg.platform.evaluation.Evaluation;
import org.socorg.platform.evaluation.EvaluationService;
import org.socorg.platform.fundraising.FundraisingPlanService;
import org.socorg.platform.fundraising.FundraisingService;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.registration.ApplicationKind;
import org.socorg.platform.registration.RegistrationApplication;
import org.socorg.platform.registration.RegistrationService;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.TaskSummary;
import org.socorg.platform.ui.workspace.FilingWizardView.Filing;
import org.springframework.stereotype.Component;

/**
 * What an organization's holder filed in a case, for the officials' case view: the filing's form (the one its wizard
 * showed) and the answers keyed as that form keys them. Covers every flow a {@link Filing} starts; empty for other
 * cases, and for a caller the owning feature does not show the filing to (it answers 403/404 to them).
 */
@Component
class FiledAnswers {

    /** The form the answers fit, the answers by form key, the authority filed with, and the filing's number if any. */
    record Answers(Filing filing, Map<String, Object> values, String divisionCode, String number) {

        Answers(Filing filing, Map<String, Object> values, String divisionCode) {
            this(filing, values, divisionCode, null);
        }
    }

    private final RegistrationService registrations;
    private final AnnualReportService annualReports;
    private final EvaluationService evaluations;
    private final FundraisingService qualifications;
    private final FundraisingPlanService plans;
    private final ObjectMapper json;

    FiledAnswers(RegistrationService registrations, AnnualReportService annualReports, EvaluationService evaluations,
            FundraisingService qualifications, FundraisingPlanService plans, ObjectMapper json) {
        this.registrations = registrations;
        this.annualReports = annualReports;
        this.evaluations = evaluations;
        this.qualifications = qualifications;
        this.plans = plans;
        this.json = json;
    }

    Optional<Answers> of(Caller caller, TaskSummary task) {
        String id = task.businessKey();
        try {
            return Optional.ofNullable(switch (task.processDefinitionKey()) {
                case "registration-change", "registration-deregistration" -> {
                    RegistrationApplication a = registrations.get(caller, id);
                    boolean change = a.kind() == ApplicationKind.CHANGE;
                    yield new Answers(change ? Filing.CHANGE : Filing.DEREGISTRATION,
                            flat(change ? a.change() : a.deregistration()), a.divisionCode(), a.number());
                }
                case AnnualReportService.PROCESS_KEY -> {
                    AnnualReport r = annualReports.get(caller, id);
                    Map<String, Object> values = flat(r.content());
                    values.put("creditCode", r.creditCode());
                    values.put("reportYear", r.reportYear());
                    yield new Answers(Filing.ANNUAL_REPORT, values, r.divisionCode());
                }
                case EvaluationService.PROCESS_KEY -> {
                    Evaluation e = evaluations.get(caller, id);
                    Map<String, Object> values = new LinkedHashMap<>();
                    values.put("creditCode", e.creditCode());
                    flat(e.selfAssessment()).forEach((k, v) -> values.put("selfAssessment." + k, v));
                    yield new Answers(Filing.EVALUATION, values, e.divisionCode());
                }
                case FundraisingService.QUALIFICATION_PROCESS -> {
                    var q = qualifications.get(caller, id);
                    yield new Answers(Filing.QUALIFICATION, flat(q), q.divisionCode());
                }
                case FundraisingPlanService.PLAN_PROCESS -> {
                    var p = plans.get(caller, id);
                    yield new Answers(Filing.PLAN, flat(p), p.divisionCode());
                }
                default -> null;
            });
        } catch (PlatformException notShownToThem) {
            // e.g. an expert scoring an evaluation: the feature does not show them the filing, so neither does this
            return Optional.empty();
        }
    }

    /** A record's fields by name, as JSON has them (dates as text); fields the form does not ask for are ignored. */
    private Map<String, Object> flat(Object record) {
        Map<String, Object> values = new LinkedHashMap<>(json.convertValue(record,
                json.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class)));
        values.values().removeIf(v -> v == null);
        return values;
    }
}

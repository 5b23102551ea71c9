package org.socorg.platform.ui.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socorg.platform.annualreport.AnnualReport;
import org.socorg.platform.annualreport.AnnualReportFiling;
import org.socorg.platform.annualreport.AnnualReportService;
import org.socorg.platform.audit.AuditLog;
import org.socorg.platform.evaluation.Evaluation;
import org.socorg.platform.evaluation.EvaluationRequest;
import org.socorg.platform.evaluation.EvaluationService;
import org.socorg.platform.fundraising.FundraisingPlan;
import org.socorg.platform.fundraising.FundraisingPlanService;
import org.socorg.platform.fundraising.FundraisingService;
import org.socorg.platform.fundraising.PlanRequest;
import org.socorg.platform.fundraising.QualificationApplication;
import org.socorg.platform.fundraising.QualificationRequest;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.registration.ChangeRequest;
import org.socorg.platform.registration.DeregistrationRequest;
import org.socorg.platform.registration.RegistrationApplication;
import org.socorg.platform.registration.RegistrationService;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.ui.MainLayout;
import org.socorg.platform.ui.forms.FormDefinition;
import org.socorg.platform.ui.forms.FormRenderer;
import org.socorg.platform.ui.forms.FormWizard;
import org.socorg.platform.ui.forms.Texts;
import org.socorg.platform.task.TaskComment;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskInbox;
import org.socorg.platform.task.TaskSummary;
import org.socorg.platform.workspace.Draft;
import org.socorg.platform.workspace.Drafts;
import org.socorg.platform.workspace.FiledCase;

/**
 * The filing wizard of every flow an organization's account holder starts for an organization they hold — change
 * and deregistration (变更 / 注销登记), the annual report (年报), evaluation (评估), the public-fundraising
 * qualification (公募资格) and a fundraising plan (募捐方案备案) — at {@code workspace/file/<flow>/<credit code>}.
 * Each renders that flow's form from {@code forms/} (so analysts change it without code), with the organization's
 * credit code filled in and fixed, "save as draft" on every page (resumed with {@code ?draft=}, removed once filed),
 * a check-your-answers page, and a receipt with the audit seal of the filing. The establishment, which has no
 * organization yet and takes documents, has its own wizard.
 */
@Route(value = "workspace/file/:flow/:creditCode", layout = MainLayout.class)
@RolesAllowed(Roles.APPLICANT)
public class FilingWizardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The flows filed for an organization one holds, with their forms; {@link #offeredFor} says which apply. */
    enum Filing {
        CHANGE("registration/change-application.form", ChangeRequest.class, FiledCase.REGISTRATION),
        DEREGISTRATION("registration/deregistration-application.form", DeregistrationRequest.class,
                FiledCase.REGISTRATION),
        ANNUAL_REPORT("annualreport/filing.form", AnnualReportFiling.class, FiledCase.ANNUAL_REPORT),
        EVALUATION("evaluation/application.form", EvaluationRequest.class, FiledCase.EVALUATION),
        QUALIFICATION("fundraising/qualification-application.form", QualificationRequest.class,
                FiledCase.QUALIFICATION),
        PLAN("fundraising/plan-filing.form", PlanRequest.class, FiledCase.PLAN);

        /** The flow's form in {@code forms/}, and the request its answers are filed as. */
        final String form;
        final Class<?> request;
        /**
         * The case the filing's documents belong to (never null: every filing takes documents) (the change's resolution, the liquidation report, the annual
         * report's audit report ...): whoever may see that case opens them, in the officials' case view too.
         */
        final FiledCase documents;
        /** The parsed form, read from the classpath once: drafts lists and every wizard open ask for it. */
        private volatile FormDefinition definition;

        Filing(String form, Class<?> request, FiledCase documents) {
            this.form = form;
            this.request = request;
            this.documents = documents;
        }

        String path() {
            return name().toLowerCase().replace('_', '-');
        }

        /** Whether the flow asks its filer for supplements (一次性告知补正); the annual report and the plan do not. */
        boolean answersSupplements() {
            return this != ANNUAL_REPORT && this != PLAN;
        }

        /**
         * What the flow's supplement step takes from the corrected answers (nested as the requests have them): the
         * request's fields for a change or deregistration, the self-assessment for an evaluation, the statement and
         * governance for a qualification. The credit code is not the filer's to correct.
         */
        Map<String, Object> supplementData(Map<String, Object> answers) {
            Map<String, Object> data = new LinkedHashMap<>(answers);
            data.remove("creditCode");
            if (this == EVALUATION) {
                @SuppressWarnings("unchecked")
                Map<String, Object> selfAssessment = (Map<String, Object>) data.get("selfAssessment");
                return selfAssessment == null ? Map.of() : new LinkedHashMap<>(selfAssessment);
            }
            return data;
        }

        FormDefinition definition() {
            FormDefinition parsed = definition;
            if (parsed == null) {
                parsed = FormDefinition.fromClasspath(form);
                definition = parsed;
            }
            return parsed;
        }

        /** The form-js id of the flow's form, which its drafts are kept under. */
        String formId() {
            return definition().id();
        }

        static Optional<Filing> ofFormId(String formId) {
            return Arrays.stream(values()).filter(f -> f.formId().equals(formId)).findFirst();
        }

        static Optional<Filing> ofPath(String path) {
            for (Filing f : values()) {
                if (f.path().equals(path)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }

        /** What an active organization may file: the fundraising ones only for a charity (a plan once qualified). */
        static List<Filing> offeredFor(Organization org) {
            if (org.status() != OrganizationStatus.ACTIVE) {
                return List.of();
            }
            return Arrays.stream(values()).filter(f -> switch (f) {
                case QUALIFICATION -> org.charity() && !org.publicFundraising();
                case PLAN -> org.charity() && org.publicFundraising();
                default -> true;
            }).toList();
        }
    }

    /** The applicant's step of every flow that asks for supplements. */
    static final String SUPPLEMENT_STEP = "UserTask_ProvideSupplements";

    /** What the receipt shows of a filing: its case (for the audit seal), its number if it has one, its status. */
    private record Filed(String caseId, String number, Enum<?> status, Instant at) {
    }

    private final CurrentUser currentUser;
    private final OrganizationRegistry registry;
    private final RegistrationService registrations;
    private final AnnualReportService annualReports;
    private final EvaluationService evaluations;
    private final FundraisingService qualifications;
    private final FundraisingPlanService plans;
    private final AuditLog audit;
    private final Drafts drafts;
    private final ObjectMapper json;
    private final TaskInbox inbox;
    private final FiledAnswers filedAnswers;
    private final Texts texts = Ui.texts();

    private Caller caller;
    private Filing filing;
    private Organization organization;
    private FormRenderer form;
    private FormWizard wizard;
    private String draftId;
    private DocumentsField documents;
    /** The supplement request being answered ({@code ?task=}), or null for a new filing. */
    private TaskSummary supplementTask;

    FilingWizardView(CurrentUser currentUser, OrganizationRegistry registry, RegistrationService registrations,
            AnnualReportService annualReports, EvaluationService evaluations, FundraisingService qualifications,
            FundraisingPlanService plans, AuditLog audit, Drafts drafts, ObjectMapper json, TaskInbox inbox,
            FiledAnswers filedAnswers) {
        this.inbox = inbox;
        this.filedAnswers = filedAnswers;
        this.currentUser = currentUser;
        this.registry = registry;
        this.registrations = registrations;
        this.annualReports = annualReports;
        this.evaluations = evaluations;
        this.qualifications = qualifications;
        this.plans = plans;
        this.audit = audit;
        this.drafts = drafts;
        this.json = json;
        setMaxWidth("60em");
    }

    @Override
    public String getPageTitle() {
        return filing == null ? texts.get("workspace.filing.title") : title();
    }

    private String title() {
        return texts.get("workspace.filing." + filing.name());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        caller = currentUser.require();
        filing = Filing.ofPath(event.getRouteParameters().get("flow").orElse("")).orElse(null);
        String code = event.getRouteParameters().get("creditCode").orElse("");
        // only an organization the caller holds: anyone else's code reads as not found, as in the API
        organization = filing == null ? null : registry.heldBy(caller.id()).stream()
                .filter(o -> o.creditCode().equals(code)).findFirst().orElse(null);
        if (organization == null || !Filing.offeredFor(organization).contains(filing)) {
            Div none = new Div(Ui.empty(texts.get("workspace.filing.notOffered")));
            none.setId("filing-not-offered");
            add(Ui.pageTitle(texts.get("workspace.filing.title")), none, ReceiptView.backHome(texts));
            return;
        }
        form = new FormRenderer(filing.definition(), texts);
        draftId = null;
        supplementTask = null;
        // a new filing keeps its documents with its draft; a supplement adds them to the case at once
        documents = new DocumentsField(texts, drafts, caller,
                texts.get("workspace.filing.documentsHelp." + filing.name()),
                (fileName, bytes) -> supplementTask != null
                        ? drafts.attachToCase(caller, filing.documents, supplementTask.businessKey(), fileName, bytes)
                        : drafts.attach(caller, ensureDraft(), fileName, bytes),
                () -> draftId != null && supplementTask == null);
        List<FormWizard.ExtraStep> extras = List.of(new FormWizard.ExtraStep(texts.get("workspace.wizard.documents"),
                documents, () -> List.of(documents.summary()), () -> null));
        wizard = new FormWizard(form, extras);
        wizard.onSubmit(this::submit);
        Optional<String> task = event.getLocation().getQueryParameters().getSingleParameter("task");
        Optional<String> draft = event.getLocation().getQueryParameters().getSingleParameter("draft");
        if (task.isPresent()) {
            if (!openSupplement(task.get())) {
                add(Ui.pageTitle(title()), Ui.empty(texts.get("workspace.wizard.notFound")),
                        ReceiptView.backHome(texts));
                return;
            }
        } else {
            wizard.onSaveDraft(this::saveDraft);
        }
        if (draft.isPresent() && task.isEmpty() && !resume(draft.get())) {
            add(Ui.pageTitle(title()), Ui.empty(texts.get("workspace.wizard.notFound")), ReceiptView.backHome(texts));
            return;
        }
        form.setValue("creditCode", organization.creditCode());
        if (form.component("creditCode") instanceof HasValue<?, ?> field) {
            field.setReadOnly(true);
        }
        Span subject = new Span(texts.get("workspace.filing.for", organization.name(), organization.creditCode()));
        subject.setId("filing-organization");
        subject.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(Ui.pageTitle(title()), subject, wizard);
    }

    /**
     * Opens the caller's supplement request of this flow for this organization: the answers as filed, the officer's
     * request on top, at the step it concerns; the documents already filed are listed and new ones join the case.
     * False when the task is not such a request of the caller's.
     */
    private boolean openSupplement(String taskId) {
        if (!filing.answersSupplements()) {
            return false;
        }
        TaskSummary task;
        try {
            task = inbox.get(caller, taskId);
        } catch (PlatformException notYours) {
            return false;
        }
        if (!SUPPLEMENT_STEP.equals(task.taskDefinitionKey()) || !caller.id().equals(task.assignee())) {
            return false;
        }
        FiledAnswers.Answers filed = filedAnswers.of(caller, task).orElse(null);
        if (filed == null || filed.filing() != filing
                || !organization.creditCode().equals(String.valueOf(filed.values().get("creditCode")))) {
            return false;
        }
        supplementTask = task;
        form.setValues(filed.values());
        documents.show(drafts.documents(caller, filing.documents, task.businessKey()));
        // the officer's request is the latest comment on the case (the inbox records it with the outcome's label)
        List<TaskComment> comments = inbox.comments(caller, taskId);
        String comment = comments.isEmpty() ? null : comments.get(comments.size() - 1).message();
        wizard.setBanner(Supplements.banner(texts, comment));
        wizard.goTo(Supplements.stepConcerned(filing.definition(), form, comment));
        return true;
    }

    /** Opens the caller's draft of this flow for this organization at its step; false when it is not one. */
    private boolean resume(String id) {
        Draft saved;
        try {
            saved = drafts.get(caller, id);
        } catch (PlatformException notYours) {
            return false;
        }
        if (!saved.formId().equals(filing.formId())
                || !organization.creditCode().equals(saved.data().get("creditCode"))) {
            return false;
        }
        draftId = saved.id();
        form.setValues(saved.data());
        documents.show(drafts.attachmentsOfDraft(caller, draftId));
        wizard.goTo(saved.step());
        Ui.success(texts.get("workspace.wizard.resumed"));
        return true;
    }

    private void saveDraft() {
        if (Ui.attempt(texts, this::saveQuietly)) {
            Ui.success(texts.get("workspace.wizard.draftSaved"));
        }
    }

    /** The draft documents are kept with: saved now if the holder has not saved one yet. */
    private String ensureDraft() {
        if (draftId == null) {
            saveQuietly();
        }
        return draftId;
    }

    private void saveQuietly() {
        Map<String, Object> data = new LinkedHashMap<>(form.allValues());
        data.put("creditCode", organization.creditCode());
        Draft kept = drafts.save(caller, draftId, filing.formId(), title() + "：" + organization.name(), data,
                Math.min(wizard.current(), wizard.stepCount() - 1));
        if (draftId == null) {
            draftId = kept.id();
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "workspace/file/"
                    + filing.path() + "/" + organization.creditCode() + "?draft=" + kept.id()));
            documents.render();
        }
    }

    private void submit() {
        Map<String, Object> values = nested(form.values());
        values.put("creditCode", organization.creditCode());
        if (supplementTask != null) {
            TaskSummary answered = supplementTask;
            if (Ui.attempt(texts, () -> inbox.complete(caller, answered.id(),
                    new TaskDecision("SUBMIT", null, filing.supplementData(values))))) {
                Ui.success(texts.get("workspace.filing.supplementSent"));
                getUI().ifPresent(ui -> ui.navigate(ApplicantHomeView.class));
            } else {
                wizard.submissionRefused();
            }
            return;
        }
        Filed[] filed = new Filed[1];
        // filed, the documents moved to the application and the draft gone, in one transaction
        boolean ok = Ui.attempt(texts, () -> filed[0] = drafts.file(caller, draftId, filing.documents,
                () -> file(values), Filed::caseId));
        if (!ok) {
            wizard.submissionRefused();
            return;
        }
        showReceipt(filed[0]);
    }

    private Filed file(Map<String, Object> values) {
        return switch (filing) {
            case CHANGE -> registration(registrations.submitChange(caller, convert(values, ChangeRequest.class)));
            case DEREGISTRATION -> registration(registrations.submitDeregistration(caller,
                    convert(values, DeregistrationRequest.class)));
            case ANNUAL_REPORT -> {
                AnnualReport r = annualReports.file(caller, convert(values, AnnualReportFiling.class));
                yield new Filed(r.id(), null, r.status(), r.submittedAt());
            }
            case EVALUATION -> {
                Evaluation e = evaluations.apply(caller, convert(values, EvaluationRequest.class));
                yield new Filed(e.id(), null, e.status(), e.submittedAt());
            }
            case QUALIFICATION -> {
                QualificationApplication q = qualifications.apply(caller, convert(values, QualificationRequest.class));
                yield new Filed(q.id(), null, q.status(), q.submittedAt());
            }
            case PLAN -> {
                FundraisingPlan p = plans.file(caller, convert(values, PlanRequest.class));
                yield new Filed(p.id(), p.filingNumber(), p.status(), p.filedAt());
            }
        };
    }

    private static Filed registration(RegistrationApplication a) {
        return new Filed(a.id(), a.number(), a.status(), a.submittedAt());
    }

    private <T> T convert(Map<String, Object> values, Class<T> type) {
        try {
            return json.convertValue(values, type);
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("MALFORMED_REQUEST", "填报内容有误，请检查", "Please check your answers");
        }
    }

    /** The form's keys as the request records have them: {@code selfAssessment.summary} is a field of an object. */
    static Map<String, Object> nested(Map<String, Object> flat) {
        Map<String, Object> out = new LinkedHashMap<>();
        flat.forEach((key, value) -> {
            String[] parts = key.split("\\.");
            Map<String, Object> at = out;
            for (int i = 0; i < parts.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) at.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
                at = inner;
            }
            at.put(parts[parts.length - 1], value);
        });
        return out;
    }

    private void showReceipt(Filed filed) {
        removeAll();
        Div done = ReceiptView.filedBanner(texts);
        Div facts = new Div();
        facts.setId("receipt");
        facts.add(ReceiptView.line(texts.get("workspace.filing.subject"), title()),
                ReceiptView.line(texts.get("workspace.filing.organization"), organization.name()));
        if (filed.number() != null) {
            facts.add(ReceiptView.line(texts.get("workspace.receipt.number"), filed.number()));
        }
        facts.add(ReceiptView.line(texts.get("workspace.receipt.time"), filed.at() == null ? null : Ui.time(filed.at())),
                ReceiptView.line(texts.get("workspace.receipt.authority"),
                        Ui.divisionLabel(texts, organization.divisionCode())),
                ReceiptView.line(texts.get("workspace.receipt.status"), statusText(filed.status())));
        add(Ui.pageTitle(title()), done, facts, new H3(texts.get("workspace.receipt.audit")));
        ReceiptView.auditReceipt(texts, audit, filed.caseId()).forEach(this::add);
        add(ReceiptView.backHome(texts));
    }

    private String statusText(Enum<?> status) {
        String key = "workspace.status." + status.name();
        String text = texts.get(key);
        return text.equals(key) ? texts.get("workspace.filing.received") : text;
    }
}

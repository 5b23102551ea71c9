package org.socorg.platform.ui.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socorg.platform.annualreport.AnnualReport;
import org.socorg.platform.annualreport.AnnualReportQuery;
import org.socorg.platform.annualreport.AnnualReportService;
import org.socorg.platform.audit.AuditLog;
import org.socorg.platform.evaluation.Evaluation;
import org.socorg.platform.evaluation.EvaluationQuery;
import org.socorg.platform.evaluation.EvaluationService;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.identity.UserDirectory;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.registration.ApplicationKind;
import org.socorg.platform.registration.ApplicationQuery;
import org.socorg.platform.registration.ApplicationStatus;
import org.socorg.platform.registration.RegistrationApplication;
import org.socorg.platform.registration.RegistrationService;
import org.socorg.platform.task.TaskInbox;
import org.socorg.platform.task.TaskSummary;
import org.socorg.platform.ui.MainLayout;
import org.socorg.platform.ui.forms.Texts;
import org.socorg.platform.workspace.Draft;
import org.socorg.platform.workspace.Drafts;

/** 我的办事: the applicant's to-dos, drafts, applications with their timelines, and organizations. */
@Route(value = "workspace/applicant", layout = MainLayout.class)
@RolesAllowed(Roles.APPLICANT)
public class ApplicantHomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final CurrentUser currentUser;
    private final OrganizationRegistry registry;
    private final RegistrationService registrations;
    private final Drafts drafts;
    private final FiledAnswers filedAnswers;
    private final TaskInbox inbox;
    private final AuditLog audit;
    private final Texts texts = Ui.texts();
    private final PersonNames names;
    private final AnnualReportService annualReports;
    private final EvaluationService evaluations;

    ApplicantHomeView(CurrentUser currentUser, OrganizationRegistry registry, RegistrationService registrations,
            Drafts drafts, TaskInbox inbox, AuditLog audit, UserDirectory directory, FiledAnswers filedAnswers,
            AnnualReportService annualReports, EvaluationService evaluations) {
        this.annualReports = annualReports;
        this.evaluations = evaluations;
        this.filedAnswers = filedAnswers;
        this.currentUser = currentUser;
        this.registry = registry;
        this.registrations = registrations;
        this.drafts = drafts;
        this.inbox = inbox;
        this.audit = audit;
        this.names = new PersonNames(directory::find);
    }

    @Override
    public String getPageTitle() {
        return texts.get("workspace.applicant.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Caller caller = currentUser.require();
        Button apply = new Button(texts.get("workspace.applicant.newEstablishment"),
                e -> getUI().ifPresent(ui -> ui.navigate(EstablishmentWizardView.class)));
        apply.setId("new-establishment");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(Ui.pageTitle(texts.get("workspace.applicant.title")), apply);
        addTodos(caller);
        addDrafts(caller);
        addApplications(caller);
        addOrganizations(caller);
    }

    private void addTodos(Caller caller) {
        List<TaskSummary> todos = inbox.myTasks(caller);
        if (todos.isEmpty()) {
            return;
        }
        add(new H3(texts.get("workspace.applicant.todos")));
        for (TaskSummary task : todos) {
            // a supplement is answered in its filing's wizard, at the step concerned; any other task (a corrected
            // report or plan, a closing report) through the step's own form
            Optional<Runnable> wizard = answerSupplement(caller, task);
            Runnable open = wizard.orElse(() -> getUI().ifPresent(ui -> ui.navigate(TaskFormView.class, task.id())));
            Button answer = new Button(texts.get(wizard.isPresent() ? "workspace.applicant.answerSupplement"
                    : "workspace.applicant.openTask"), e -> open.run());
            answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            answer.setId("answer-" + task.businessKey());
            Span badge = wizard.isPresent() ? Ui.badge(texts.get("workspace.applicant.supplementDue"), "error")
                    : Ui.badge(StepForm.stepLabel(texts, task), "contrast");
            HorizontalLayout row = new HorizontalLayout(badge, new Span(task.subject() == null ? "" : task.subject()),
                    answer);
            row.setAlignItems(Alignment.CENTER);
            add(row);
        }
    }

    /**
     * Where a supplement request is answered: the establishment's own wizard, or the wizard of the flow filed for an
     * organization, at {@code workspace/file/<flow>/<credit code>?task=}. Empty for a task no wizard answers.
     */
    private Optional<Runnable> answerSupplement(Caller caller, TaskSummary task) {
        if (!FilingWizardView.SUPPLEMENT_STEP.equals(task.taskDefinitionKey())) {
            return Optional.empty();
        }
        QueryParameters query = QueryParameters.of("task", task.id());
        if (ApplicationKind.ESTABLISHMENT.processKey().equals(task.processDefinitionKey())) {
            return Optional.of(() -> getUI().ifPresent(ui -> ui.navigate(EstablishmentWizardView.class, query)));
        }
        return filedAnswers.of(caller, task).filter(filed -> filed.filing().answersSupplements()).map(filed -> {
            String code = String.valueOf(filed.values().get("creditCode"));
            return () -> getUI().ifPresent(ui -> ui.navigate(FilingWizardView.class, new RouteParameters(Map.of(
                    "flow", filed.filing().path(), "creditCode", code)), query));
        });
    }

    private void addDrafts(Caller caller) {
        add(new H3(texts.get("workspace.applicant.drafts")));
        List<Draft> mine = drafts.mine(caller, null);
        if (mine.isEmpty()) {
            add(Ui.empty(texts.get("workspace.applicant.noDrafts")));
            return;
        }
        Grid<Draft> grid = new Grid<>(Draft.class, false);
        grid.setId("drafts");
        grid.setAllRowsVisible(true);
        grid.addColumn(d -> d.title() == null ? texts.get("workspace.applicant.untitled") : d.title())
                .setHeader(texts.get("workspace.applicant.draftTitle")).setAutoWidth(true);
        grid.addColumn(d -> Ui.time(d.updatedAt())).setHeader(texts.get("workspace.applicant.savedAt"));
        grid.addComponentColumn(d -> {
            Button resume = new Button(texts.get("workspace.applicant.resume"), e -> getUI().ifPresent(ui -> resume(ui, d)));
            resume.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            resume.addClassName("resume-draft");
            Button discard = new Button(texts.get("workspace.applicant.discard"), e -> {
                if (Ui.attempt(texts, () -> drafts.delete(caller, d.id()))) {
                    getUI().ifPresent(ui -> ui.getPage().reload());
                }
            });
            discard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return new HorizontalLayout(resume, discard);
        }).setHeader(texts.get("workspace.actions"));
        grid.setItems(mine);
        add(grid);
    }

    private void addApplications(Caller caller) {
        add(new H3(texts.get("workspace.applicant.applications")));
        List<RegistrationApplication> mine = registrations.list(caller, new ApplicationQuery(null, null, 0, 50));
        List<AnnualReport> reports = annualReports.list(caller, new AnnualReportQuery(null, null, 0, 50));
        List<Evaluation> evaluated = evaluations.list(caller, new EvaluationQuery(null, null, 0, 50));
        if (mine.isEmpty() && reports.isEmpty() && evaluated.isEmpty()) {
            add(Ui.empty(texts.get("workspace.applicant.noApplications")));
            return;
        }
        Div list = new Div();
        list.setId("applications");
        list.setWidthFull();
        // the other filings first, each with its status and its history from the audit log
        for (AnnualReport report : reports) {
            list.add(filing(texts.get("workspace.applicant.kind.ANNUAL_REPORT", report.organizationName(),
                    report.reportYear()), "annual-report", report.status(), report.submittedAt(), report.id()));
        }
        for (Evaluation evaluation : evaluated) {
            list.add(filing(texts.get("workspace.applicant.kind.EVALUATION", evaluation.organizationName()),
                    "evaluation", evaluation.status(), evaluation.submittedAt(), evaluation.id()));
        }
        for (RegistrationApplication application : mine) {
            HorizontalLayout summary = new HorizontalLayout(new Span(subject(application)),
                    statusBadge(application.status()),
                    Ui.note(texts.get("workspace.application.number", application.number())),
                    Ui.note(texts.get("workspace.applicant.submittedAt", Ui.time(application.submittedAt()))));
            summary.setAlignItems(Alignment.CENTER);
            VerticalLayout content = new VerticalLayout();
            content.setPadding(false);
            if (!application.outcomeReasons().isEmpty()) {
                application.outcomeReasons().forEach(r -> content.add(Ui.note(texts.get("workspace.applicant.reason",
                        texts.english() ? r.messageEn() : r.messageZh()))));
            }
            if (application.creditCode() != null) {
                content.add(new Span(texts.get("workspace.applicant.creditCode", application.creditCode())));
            }
            content.add(CaseTimeline.render(texts, CaseTimeline.steps(audit, application.id()), names));
            Button receipt = new Button(texts.get("workspace.applicant.receipt"), e -> getUI().ifPresent(ui ->
                    ui.navigate(ReceiptView.class, application.number())));
            receipt.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            content.add(receipt);
            Details details = new Details(summary, content);
            details.addClassName("application");
            list.add(details);
        }
        add(list);
    }

    /** A filing other than a registration: what it is, its status in that flow's words, when, and its history. */
    private Details filing(String subject, String flow, Enum<?> status, java.time.Instant submittedAt, String caseId) {
        String variant = switch (status.name()) {
            case "ACCEPTED", "GRADED" -> "success";
            case "RETURNED", "SUPPLEMENT_REQUESTED", "NOT_ACCEPTED", "INELIGIBLE", "NOT_GRADED" -> "error";
            default -> "";
        };
        Span badge = Ui.badge(texts.get("workspace.status." + flow + "." + status.name()), variant);
        badge.addClassName("application-status");
        HorizontalLayout summary = new HorizontalLayout(new Span(subject), badge,
                Ui.note(texts.get("workspace.applicant.submittedAt", Ui.time(submittedAt))));
        summary.setAlignItems(Alignment.CENTER);
        VerticalLayout content = new VerticalLayout(CaseTimeline.render(texts, CaseTimeline.steps(audit, caseId),
                names));
        content.setPadding(false);
        Details details = new Details(summary, content);
        details.addClassName("application");
        return details;
    }

    private void addOrganizations(Caller caller) {
        add(new H3(texts.get("workspace.applicant.organizations")));
        List<Organization> held = registry.heldBy(caller.id());
        if (held.isEmpty()) {
            add(Ui.empty(texts.get("workspace.applicant.noOrganizations")));
            return;
        }
        Grid<Organization> grid = new Grid<>(Organization.class, false);
        grid.setAllRowsVisible(true);
        grid.addColumn(Organization::name).setHeader(texts.get("workspace.org.name")).setAutoWidth(true);
        grid.addColumn(Organization::creditCode).setHeader(texts.get("workspace.org.creditCode")).setAutoWidth(true);
        grid.addColumn(o -> texts.english() ? o.orgType().name() : o.orgType().nameZh())
                .setHeader(texts.get("workspace.org.type"));
        // the status in words (it read "ACTIVE" in the Chinese page)
        grid.addColumn(o -> texts.get("public.status." + o.status().name())).setHeader(texts.get("workspace.org.status"));
        grid.addColumn(Organization::foundedOn).setHeader(texts.get("workspace.org.founded"));
        grid.addComponentColumn(this::filings).setHeader(texts.get("workspace.filing.actions")).setAutoWidth(true);
        grid.setItems(held);
        add(grid);
    }

    /** Opens a draft in its wizard: the establishment's, or the wizard of the flow and organization it was for. */
    private static void resume(com.vaadin.flow.component.UI ui, Draft draft) {
        Optional<FilingWizardView.Filing> filing = FilingWizardView.Filing.ofFormId(draft.formId());
        Object code = draft.data().get("creditCode");
        if (filing.isPresent() && code != null) {
            ui.navigate(FilingWizardView.class, new RouteParameters(Map.of("flow", filing.get().path(),
                    "creditCode", code.toString())), QueryParameters.of("draft", draft.id()));
        } else {
            ui.navigate(EstablishmentWizardView.class, QueryParameters.of("draft", draft.id()));
        }
    }

    /** The filings the organization may start, each a link to its wizard (none for one no longer active). */
    private Component filings(Organization org) {
        HorizontalLayout links = new HorizontalLayout();
        links.setSpacing(false);
        links.getStyle().set("flex-wrap", "wrap").set("gap", "0.25em 1em");
        for (FilingWizardView.Filing f : FilingWizardView.Filing.offeredFor(org)) {
            RouterLink link = new RouterLink(texts.get("workspace.filing.short." + f.name()), FilingWizardView.class,
                    new RouteParameters(Map.of("flow", f.path(), "creditCode", org.creditCode())));
            link.addClassName("filing-" + f.path());
            links.add(link);
        }
        return links;
    }

    /** What an application is about: the organization to be established, or the registered one it changes. */
    private String subject(RegistrationApplication application) {
        return texts.get("workspace.applicant.kind." + application.kind().name(),
                ReceiptView.subject(registry, application));
    }

    private Span statusBadge(ApplicationStatus status) {
        String variant = switch (status) {
            case APPROVED -> "success";
            case REFUSED, NOT_ACCEPTED, SUPPLEMENT_REQUESTED -> "error";
            default -> "";
        };
        Span badge = Ui.badge(Ui.statusLabel(texts, status), variant);
        badge.addClassName("application-status");
        return badge;
    }
}

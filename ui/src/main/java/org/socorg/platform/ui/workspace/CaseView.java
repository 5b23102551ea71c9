package org.socorg.platform.ui.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socorg.platform.audit.AuditLog;
import org.socorg.platform.calendar.WorkingDayCalendar;
import org.socorg.platform.complaint.Complaint;
import org.socorg.platform.credit.CreditCase;
import org.socorg.platform.credit.CreditRequestStatus;
import org.socorg.platform.credit.CreditSanction;
import org.socorg.platform.complaint.ComplaintService;
import org.socorg.platform.complaint.EnforcementCase;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.identity.UserDirectory;
import org.socorg.platform.registration.ApplicationKind;
import org.socorg.platform.registration.RegistrationApplication;
import org.socorg.platform.registration.RegistrationService;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.TaskComment;
import org.socorg.platform.task.TaskInbox;
import org.socorg.platform.task.TaskSummary;
import org.socorg.platform.ui.MainLayout;
import org.socorg.platform.ui.forms.FormDefinition;
import org.socorg.platform.ui.forms.FormRenderer;
import org.socorg.platform.ui.forms.Texts;
import org.socorg.platform.workspace.Attachment;
import org.socorg.platform.workspace.Drafts;
import org.socorg.platform.workspace.FiledCase;

/**
 * A case as the official handling its task sees it: the application's data, its documents, its history from the
 * audit log (each step with who, when and its seal), the comments so far, and the decision through the task's own
 * form (its outcomes; a comment where the outcome needs reasons). A task of another jurisdiction is "not found".
 */
@Route(value = "workspace/cases", layout = MainLayout.class)
@RolesAllowed({Roles.REGISTRATION_OFFICER, Roles.REVIEWER, Roles.DIRECTOR, Roles.SUPERVISOR,
        Roles.ENFORCEMENT_OFFICER, Roles.EXPERT})
public class CaseView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final TaskInbox inbox;
    private final RegistrationService registrations;
    private final Drafts drafts;
    private final AuditLog audit;
    private final TaskForms taskForms;
    private final WorkingDayCalendar calendar;
    private final ObjectMapper json;
    private final Texts texts = Ui.texts();
    private final PersonNames names;
    private final FiledAnswers filedAnswers;
    private final UserDirectory directory;
    private Caller caller;
    /** The panel of experts an evaluation's acceptance names (evaluation/review.form). */
    private static final String EXPERTS_FIELD = "data.experts";
    private static final String COMPLAINT_INTAKE = "complaint-intake";
    private static final String ENFORCEMENT_CASE = "enforcement-case";
    private static final String CREDIT_LISTING = "credit-listing";
    private final CreditSanction credit;
    private final ComplaintService complaints;

    CaseView(CurrentUser currentUser, TaskInbox inbox, RegistrationService registrations, Drafts drafts,
            AuditLog audit, TaskForms taskForms, WorkingDayCalendar calendar, ObjectMapper json,
            UserDirectory directory, FiledAnswers filedAnswers, ComplaintService complaints, CreditSanction credit) {
        this.complaints = complaints;
        this.credit = credit;
        this.currentUser = currentUser;
        this.inbox = inbox;
        this.registrations = registrations;
        this.drafts = drafts;
        this.audit = audit;
        this.taskForms = taskForms;
        this.calendar = calendar;
        this.json = json;
        this.names = new PersonNames(directory::find);
        this.filedAnswers = filedAnswers;
        this.directory = directory;
        setMaxWidth("70em");
    }

    @Override
    public String getPageTitle() {
        return texts.get("workspace.case.title");
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        caller = currentUser.require();
        show(taskId);
    }

    private void show(String taskId) {
        removeAll();
        TaskSummary task;
        try {
            task = inbox.get(caller, taskId);
        } catch (PlatformException notVisible) {
            Div refused = new Div(Ui.empty(texts.get("workspace.case.notFound")));
            refused.setId("case-not-found");
            add(Ui.pageTitle(texts.get("workspace.case.title")), refused, backToInbox());
            return;
        }
        var title = Ui.pageTitle(texts.get("workspace.case.heading", task.subject() == null ? "" : task.subject()));
        HorizontalLayout facts = new HorizontalLayout(Ui.badge(StepForm.stepLabel(texts, task), ""),
                Deadlines.badge(texts, Deadlines.workingDaysLeft(calendar, task.dueAt(), java.time.LocalDate.now(Ui.ZONE))),
                Ui.note(texts.get("workspace.case.received", Ui.time(task.createdAt()))),
                Ui.note(Ui.divisionLabel(texts, task.divisionCode())));
        facts.setAlignItems(Alignment.CENTER);
        add(title, facts);

        if (ApplicationKind.ESTABLISHMENT.processKey().equals(task.processDefinitionKey())) {
            RegistrationApplication application = registrations.get(caller, task.businessKey());
            facts.add(Ui.note(texts.get("workspace.application.number", application.number())));
            add(new H3(texts.get("workspace.case.application")),
                    applicationData(EstablishmentWizardView.definition(), application.details(),
                            application.divisionCode()));
            add(new H3(texts.get("workspace.case.documents")), documents(FiledCase.REGISTRATION, application.id()));
        } else if (COMPLAINT_INTAKE.equals(task.processDefinitionKey())) {
            add(new H3(texts.get("workspace.case.complaint")), facts(complaintFacts(
                    complaints.get(caller, task.businessKey()))));
        } else if (ENFORCEMENT_CASE.equals(task.processDefinitionKey())) {
            enforcementCase(task);
        } else if (CREDIT_LISTING.equals(task.processDefinitionKey())) {
            creditCase(task);
        } else {
            // any other filing (change, deregistration, annual report, evaluation, fundraising): as the holder filed
            // it, through the same form their wizard showed
            filedAnswers.of(caller, task).ifPresent(filed -> {
                if (filed.number() != null) {
                    facts.add(Ui.note(texts.get("workspace.application.number", filed.number())));
                }
                add(new H3(texts.get("workspace.case.application")),
                        applicationData(filed.filing().definition(), filed.values(), filed.divisionCode()));
                add(new H3(texts.get("workspace.case.documents")),
                        documents(filed.filing().documents, task.businessKey()));
            });
        }
        add(new H3(texts.get("workspace.timeline.title")),
                CaseTimeline.render(texts, CaseTimeline.steps(audit, task.businessKey()), names));
        add(new H3(texts.get("workspace.case.comments")), comments(task));
        add(new H3(texts.get("workspace.case.decision")), decision(task), backToInbox());
    }

    /** The filed answers, labelled as the applicant's form labelled them, and the authority filed with. */
    private Div applicationData(FormDefinition form, Object filed, String divisionCode) {
        FormRenderer view = new FormRenderer(form, texts);
        Map<String, Object> values = json.convertValue(filed,
                json.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class));
        values.values().removeIf(v -> v == null);
        view.setValues(values);
        Map<String, String> facts = new LinkedHashMap<>();
        view.answers().forEach(a -> facts.put(a.label(), a.value()));
        facts.put(texts.get("workspace.wizard.authority"), Ui.divisionLabel(texts, divisionCode));
        return facts(facts);
    }

    /** Labelled facts of a case as a list a screen reader announces as one; empty values are left out. */
    private static Div facts(Map<String, String> facts) {
        Div data = new Div();
        data.setId("case-data");
        data.getElement().setAttribute("role", "list");
        facts.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            Span label = new Span(name + "：");
            label.addClassNames(LumoUtility.TextColor.SECONDARY);
            Div row = new Div(label, new Span(value));
            row.getElement().setAttribute("role", "listitem");
            data.add(row);
        });
        return data;
    }

    /** A report as its enforcement officers see it: whom it is about, what, when, and how to reach the reporter. */
    private Map<String, String> complaintFacts(Complaint c) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(texts.get("workspace.complaint.organization"), c.creditCode() == null ? c.organizationName()
                : c.organizationName() + "（" + c.creditCode() + "）");
        facts.put(texts.get("workspace.complaint.category"), texts.get("public.complaint.category." + c.category()));
        facts.put(texts.get("workspace.complaint.received"), Ui.time(c.receivedAt()));
        facts.put(texts.get("workspace.complaint.description"), c.description());
        facts.put(texts.get("workspace.complaint.contact"), c.anonymous()
                ? texts.get("workspace.complaint.anonymous") : c.contact());
        if (c.suggestedDuplicateOf() != null) {
            facts.put(texts.get("workspace.complaint.duplicate"), texts.get("workspace.complaint.duplicateHint"));
        }
        return facts;
    }

    /** An enforcement case: the report it came from, then the proposal once the investigation made one. */
    private void enforcementCase(TaskSummary task) {
        EnforcementCase c = complaints.getCase(caller, task.businessKey());
        Map<String, String> facts = new LinkedHashMap<>();
        if (c.complaintId() != null) {
            try {
                facts.putAll(complaintFacts(complaints.get(caller, c.complaintId())));
            } catch (PlatformException notAnOfficer) {
                // a director sees the case, not the report's contact: the organization then
                facts.put(texts.get("workspace.complaint.organization"), c.organizationName());
            }
        } else {
            facts.put(texts.get("workspace.complaint.organization"), c.organizationName());
        }
        if (c.proposedOutcome() != null) {
            facts.put(texts.get("workspace.enforcement.proposed"), proposalLabel(c.proposedOutcome().name()));
            facts.put(texts.get("workspace.enforcement.fine"), c.fineAmount() == null ? null
                    : c.fineAmount().toPlainString());
            facts.put(texts.get("workspace.enforcement.reason"), c.reason());
            facts.put(texts.get("workspace.enforcement.legalBasis"), c.legalBasis());
            facts.put(texts.get("workspace.enforcement.findings"), c.findings());
            facts.put(texts.get("workspace.enforcement.proposedBy"), names.of(c.proposedBy())
                    .orElseGet(() -> texts.get("workspace.timeline.staff")));
        }
        add(new H3(texts.get("workspace.case.enforcement")), facts(facts));
    }

    /**
     * A credit case: the organization, the list and reason with its legal basis, where it came from, and the
     * objection or removal application waiting for an answer.
     */
    private void creditCase(TaskSummary task) {
        CreditCase c = credit.get(caller, task.businessKey());
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(texts.get("workspace.credit.organization"), c.organizationName() + "（" + c.creditCode() + "）");
        facts.put(texts.get("workspace.credit.list"), texts.get("public.credit." + c.list().name()));
        facts.put(texts.get("workspace.credit.reason"), c.reason());
        facts.put(texts.get("workspace.credit.legalBasis"), texts.english() && c.legalBasisEn() != null
                ? c.legalBasisEn() : c.legalBasis());
        facts.put(texts.get("workspace.credit.aroseOn"), c.reasonAroseOn() == null ? null
                : c.reasonAroseOn().toString());
        facts.put(texts.get("workspace.credit.proposedBy"), names.of(c.proposedBy())
                .orElseGet(() -> texts.get("workspace.timeline.staff")));
        credit.requests(caller, c.id()).stream().filter(r -> r.status() == CreditRequestStatus.PENDING)
                .forEach(r -> facts.put(texts.get("workspace.credit.request." + r.kind().name()),
                        r.statement() + "（" + Ui.time(r.filedAt()) + "）"));
        add(new H3(texts.get("workspace.case.credit")), facts(facts));
    }

    /** An outcome in the words of the investigation's form (which analysts may reword). */
    private String proposalLabel(String code) {
        return taskForms.byId("enforcement-investigate").stream().flatMap(f -> f.components().stream())
                .filter(f -> "data.proposedOutcome".equals(f.key())).flatMap(f -> f.values().stream())
                .filter(o -> code.equals(o.value())).findFirst().map(o -> texts.pick(o.label())).orElse(code);
    }

    private Div documents(FiledCase kind, String caseId) {
        Div box = new Div();
        box.setId("case-documents");
        List<Attachment> docs = drafts.documents(caller, kind, caseId);
        if (docs.isEmpty()) {
            box.add(Ui.empty(texts.get("workspace.case.noDocuments")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (Attachment a : docs) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(drafts.content(caller, a.id())), a.fileName(), a.contentType(),
                    a.sizeBytes())), a.fileName());
            link.setTarget("_blank");
            list.add(new ListItem(link, new Span("  (" + DocumentsField.size(a.sizeBytes()) + ")")));
        }
        box.add(list);
        return box;
    }

    private Div comments(TaskSummary task) {
        Div box = new Div();
        List<TaskComment> comments = inbox.comments(caller, task.id());
        if (comments.isEmpty()) {
            box.add(Ui.empty(texts.get("workspace.case.noComments")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        comments.forEach(c -> list.add(new ListItem(new Span(Ui.time(c.time()) + " · "
                + names.of(c.author()).orElseGet(() -> texts.get("workspace.timeline.staff")) + "："),
                new Span(c.message()))));
        box.add(list);
        return box;
    }

    private VerticalLayout decision(TaskSummary task) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setId("decision");
        if (task.assignee() == null) {
            layout.add(Ui.note(texts.get("workspace.case.claimFirst")));
            Button claim = new Button(texts.get("workspace.inbox.claim"), e -> {
                if (Ui.attempt(texts, () -> inbox.claim(caller, task.id()))) {
                    Ui.success(texts.get("workspace.inbox.claimed"));
                    show(task.id());
                }
            });
            claim.setId("case-claim");
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            layout.add(claim);
            return layout;
        }
        if (!task.assignee().equals(caller.id())) {
            layout.add(Ui.note(texts.get("workspace.case.heldBy",
                    names.of(task.assignee()).orElseGet(() -> texts.get("workspace.timeline.staff")))));
            return layout;
        }
        StepForm form = new StepForm(taskForms.formOf(task), task.outcomes(), texts);
        form.renderer().filter(r -> r.hasInput(EXPERTS_FIELD)).ifPresent(r -> experts(caller.divisionCode())
                .ifPresent(options -> r.setOptions(EXPERTS_FIELD, options)));
        form.components().forEach(layout::add);
        Button complete = form.completeButton("workspace.case.complete", "case-complete", inbox, caller, task.id(),
                "workspace.case.completed", () -> getUI().ifPresent(ui -> ui.navigate(InboxView.class)));
        Button release = new Button(texts.get("workspace.inbox.release"), e -> {
            if (Ui.attempt(texts, () -> inbox.release(caller, task.id()))) {
                Ui.success(texts.get("workspace.inbox.released"));
                show(task.id());
            }
        });
        release.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button delegate = new Button(texts.get("workspace.delegate.action"), e -> DelegateDialog.open(texts, inbox,
                caller, task, () -> getUI().ifPresent(ui -> ui.navigate(InboxView.class))));
        delegate.setId("case-delegate");
        delegate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        layout.add(new HorizontalLayout(complete, release, delegate));
        return layout;
    }

    /**
     * The evaluation experts of the authority, to choose a panel from by name; empty when the sign-on service
     * cannot be asked, and the official then types the experts' user names (the inbox checks them either way).
     */
    private Optional<List<FormDefinition.Option>> experts(String divisionCode) {
        try {
            return Optional.of(directory.ofAuthority(divisionCode).stream()
                    .filter(u -> u.enabled() && u.roles().contains(Roles.EXPERT))
                    .map(u -> new FormDefinition.Option(u.displayName().equals(u.username()) ? u.username()
                            : u.displayName() + "（" + u.username() + "）", u.username()))
                    .toList());
        } catch (PlatformException unavailable) {
            return Optional.empty();
        }
    }

    private Button backToInbox() {
        Button back = new Button(texts.get("workspace.case.back"),
                e -> getUI().ifPresent(ui -> ui.navigate(InboxView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return back;
    }
}

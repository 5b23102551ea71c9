package org.socorg.platform.ui.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.registration.EstablishmentRequest;
import org.socorg.platform.registration.Reason;
import org.socorg.platform.registration.RegistrationApplication;
import org.socorg.platform.registration.RegistrationService;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskInbox;
import org.socorg.platform.task.TaskSummary;
import org.socorg.platform.ui.MainLayout;
import org.socorg.platform.ui.forms.FormDefinition;
import org.socorg.platform.ui.forms.FormRenderer;
import org.socorg.platform.ui.forms.FormWizard;
import org.socorg.platform.ui.forms.Texts;
import org.socorg.platform.workspace.Draft;
import org.socorg.platform.workspace.Drafts;

/**
 * The establishment-registration wizard (成立登记), rendered from {@code forms/registration/establishment-application.form}:
 * the form's groups as steps, then the registration authority and the documents, then check-your-answers and submit.
 * {@code ?draft=<id>} resumes a saved draft at its step; {@code ?task=<id>} answers a supplement request
 * ({@code UserTask_ProvideSupplements}): the filed answers, the officer's comment, and the step it concerns.
 */
@Route(value = "workspace/apply/establishment", layout = MainLayout.class)
@RolesAllowed(Roles.APPLICANT)
public class EstablishmentWizardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String FORM = "registration/establishment-application.form";
    static final String FORM_ID = "registration-establishment-application";
    static final List<String> AUTHORITIES = List.of("110000", "310000", "440100", "440300", "100000");

    private final CurrentUser currentUser;
    private final Drafts drafts;
    private final RegistrationService registrations;
    private final TaskInbox inbox;
    private final ObjectMapper json;
    private final Texts texts = Ui.texts();

    private Caller caller;
    private FormRenderer form;
    private FormWizard wizard;
    private final Select<String> authority = new Select<>();
    private DocumentsField documents;
    private String draftId;
    private TaskSummary supplementTask;
    private RegistrationApplication supplementOf;

    /** The form, parsed from the classpath once: every wizard and every case view of an establishment reads it. */
    private static volatile FormDefinition definition;

    static FormDefinition definition() {
        FormDefinition parsed = definition;
        if (parsed == null) {
            parsed = FormDefinition.fromClasspath(FORM);
            definition = parsed;
        }
        return parsed;
    }

    EstablishmentWizardView(CurrentUser currentUser, Drafts drafts, RegistrationService registrations,
            TaskInbox inbox, ObjectMapper json) {
        this.currentUser = currentUser;
        this.drafts = drafts;
        this.registrations = registrations;
        this.inbox = inbox;
        this.json = json;
        setMaxWidth("60em");
    }

    @Override
    public String getPageTitle() {
        return texts.get("workspace.wizard.establishment");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        caller = currentUser.require();
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<String> draft = query.getSingleParameter("draft");
        Optional<String> task = query.getSingleParameter("task");
        form = new FormRenderer(definition(), texts);
        wizard = new FormWizard(form, List.of(new FormWizard.ExtraStep(texts.get("workspace.wizard.authorityAndDocuments"),
                authorityAndDocuments(), this::extraSummary, this::extraProblem)));
        wizard.onSubmit(this::submit);
        try {
            if (task.isPresent()) {
                openSupplement(task.get());
            } else if (draft.isPresent()) {
                resume(draft.get());
            } else {
                wizard.onSaveDraft(this::saveDraft);
            }
        } catch (PlatformException notYours) {
            removeAll();
            add(Ui.pageTitle(texts.get("workspace.wizard.establishment")),
                    Ui.empty(texts.get("workspace.wizard.notFound")));
            return;
        }
        add(wizard);
    }

    private void resume(String id) {
        Draft draft = drafts.get(caller, id);
        draftId = draft.id();
        Map<String, Object> data = new HashMap<>(draft.data());
        Object division = data.remove("divisionCode");
        form.setValues(data);
        authority.setValue(division == null ? null : division.toString());
        documents.show(drafts.attachmentsOfDraft(caller, draftId));
        wizard.onSaveDraft(this::saveDraft);
        wizard.goTo(draft.step());
        Ui.success(texts.get("workspace.wizard.resumed"));
    }

    private void openSupplement(String taskId) {
        supplementTask = inbox.get(caller, taskId);
        supplementOf = registrations.get(caller, supplementTask.businessKey());
        Map<String, Object> filed = json.convertValue(supplementOf.details(),
                json.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class));
        Object division = filed.remove("divisionCode");
        filed.values().removeIf(v -> v == null);
        form.setValues(filed);
        authority.setValue(division == null ? null : division.toString());
        authority.setReadOnly(true);
        String comment = supplementOf.outcomeReasons().stream()
                .filter(r -> "SUPPLEMENT_REQUESTED".equals(r.code())).map(r -> texts.english() ? r.messageEn()
                        : r.messageZh()).findFirst().orElse(null);
        wizard.setBanner(Supplements.banner(texts, comment));
        wizard.goTo(stepConcerned(form, comment));
    }

    /** The step of the establishment form the officer's comment concerns ({@link Supplements#stepConcerned}). */
    static int stepConcerned(FormRenderer form, String comment) {
        return Supplements.stepConcerned(definition(), form, comment);
    }

    private VerticalLayout authorityAndDocuments() {
        authority.setId("field-divisionCode");
        authority.setLabel(texts.get("workspace.wizard.authority"));
        authority.setHelperText(texts.get("workspace.wizard.authorityHelp"));
        authority.setItems(AUTHORITIES);
        authority.setItemLabelGenerator(code -> Ui.divisionLabel(texts, code));
        authority.setRequiredIndicatorVisible(true);
        authority.setEmptySelectionAllowed(false);
        authority.addValueChangeListener(e -> authority.setInvalid(false));

        documents = new DocumentsField(texts, drafts, caller, texts.get("workspace.wizard.documentsHelp"),
                (fileName, bytes) -> supplementOf != null
                        ? drafts.attachToApplication(caller, supplementOf.id(), fileName, bytes)
                        : drafts.attach(caller, ensureDraft(), fileName, bytes),
                () -> draftId != null && supplementOf == null);
        VerticalLayout layout = new VerticalLayout(authority, new Span(texts.get("workspace.wizard.documents")),
                documents);
        layout.setPadding(false);
        return layout;
    }

    private List<String> extraSummary() {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("workspace.wizard.authority") + "：" + Ui.divisionLabel(texts, authority.getValue()));
        lines.add(documents.summary());
        return lines;
    }

    private String extraProblem() {
        if (authority.getValue() == null) {
            authority.setErrorMessage(texts.get("workspace.form.required"));
            authority.setInvalid(true);
            return texts.get("workspace.form.required");
        }
        return null;
    }

    private String ensureDraft() {
        if (draftId == null) {
            saveQuietly();
        }
        return draftId;
    }

    private void saveDraft() {
        if (Ui.attempt(texts, this::saveQuietly)) {
            Ui.success(texts.get("workspace.wizard.draftSaved"));
        }
    }

    private void saveQuietly() {
        Map<String, Object> data = new LinkedHashMap<>(form.allValues());
        if (authority.getValue() != null) {
            data.put("divisionCode", authority.getValue());
        }
        Object name = data.get("name");
        Draft saved = drafts.save(caller, draftId, FORM_ID, name == null ? null : name.toString(), data,
                Math.min(wizard.current(), wizard.stepCount() - 1));
        if (draftId == null) {
            draftId = saved.id();
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    "workspace/apply/establishment?draft=" + saved.id()));
            documents.render();
        }
    }

    private void submit() {
        Map<String, Object> values = new LinkedHashMap<>(form.values());
        boolean filed = Ui.attempt(texts, () -> {
            if (supplementOf != null) {
                inbox.complete(caller, supplementTask.id(), new TaskDecision("SUBMIT", null, values));
                getUI().ifPresent(ui -> ui.navigate(ReceiptView.class, supplementOf.number()));
                return;
            }
            values.put("divisionCode", authority.getValue());
            EstablishmentRequest request;
            try {
                request = json.convertValue(values, EstablishmentRequest.class);
            } catch (IllegalArgumentException e) {
                throw PlatformException.invalid("MALFORMED_REQUEST", "填报内容有误，请检查", "Please check your answers");
            }
            RegistrationApplication application = drafts.submitEstablishment(caller, draftId, request);
            getUI().ifPresent(ui -> ui.navigate(ReceiptView.class, application.number()));
        });
        if (!filed) {
            wizard.submissionRefused();
        }
    }

    static String reasonText(Texts texts, Reason reason) {
        return texts.english() ? reason.messageEn() : reason.messageZh();
    }
}

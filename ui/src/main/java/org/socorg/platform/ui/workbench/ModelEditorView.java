package org.socorg.platform.ui.workbench;

import org.socorg.platform.ui.workspace.Ui;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import elemental.json.Json;
import elemental.json.JsonArray;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.ui.MainLayout;
import org.socorg.platform.ui.forms.Texts;
import org.socorg.platform.workbench.DeployedModel;
import org.socorg.platform.workbench.DraftStatus;
import org.socorg.platform.workbench.ModelDraft;
import org.socorg.platform.workbench.ModelKind;
import org.socorg.platform.workbench.ModelProblem;
import org.socorg.platform.workbench.Workbench;

/**
 * A model in its browser editor: a deployed version ({@code workbench/model/<definition>}), or a saved draft
 * ({@code workbench/draft/<draft>}, kept on the server, so it survives a closed browser). The analyst checks it
 * (the engine and the platform's rules on the server, bpmnlint for Camunda 7.24 in the browser), saves it as a
 * draft (of the version it was opened from) and submits it for a second analyst's review; errors block that.
 */
@Route(value = "workbench/model/:definitionId", layout = MainLayout.class)
@RouteAlias(value = "workbench/draft/:draftId", layout = MainLayout.class)
@RolesAllowed(Roles.ANALYST)
public class ModelEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Workbench workbench;
    private final CurrentUser currentUser;
    private final Texts texts = Ui.texts();
    private final H2 title = new H2();
    private final Paragraph about = new Paragraph();
    private final Span status = new Span();
    private final Button check = new Button();
    private final Button save = new Button();
    private final Button submit = new Button();
    private final Paragraph readOnly = new Paragraph();
    private final Div problems = new Div();
    private final Div importWarnings = new Div();
    private final HorizontalLayout actions;
    private Caller caller;
    private ModelEditor editor;
    private ModelKind kind;
    private String resourceName;
    private String baseDefinitionId;
    private ModelDraft draft;
    private int checks;

    ModelEditorView(Workbench workbench, CurrentUser currentUser) {
        this.workbench = workbench;
        this.currentUser = currentUser;
        setSizeFull();
        title.getStyle().set("margin", "0");
        about.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        status.setId("draft-status");
        check.setText(texts.get("workbench.editor.check"));
        check.setId("check-model");
        check.addClickListener(e -> check((content, findings) -> summarize(findings)));
        save.setText(texts.get("workbench.editor.save"));
        save.setId("save-draft");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> content(content -> store(content,
                stored -> Ui.success(texts.get("workbench.editor.saved")))));
        submit.setText(texts.get("workbench.editor.submit"));
        submit.setId("submit-draft");
        submit.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        submit.addClickListener(e -> submitForReview());
        RouterLink back = new RouterLink(texts.get("workbench.editor.back"), WorkbenchView.class);
        back.setId("back-to-workbench");
        readOnly.setId("editor-read-only");
        readOnly.setVisible(false);
        readOnly.getStyle().set("margin", "0");
        actions = new HorizontalLayout(check, save, submit, back);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        importWarnings.setId("import-warnings");
        importWarnings.getElement().setAttribute("role", "status");
        importWarnings.getStyle().set("background", "#fff0c2").set("color", "#5c4400")
                .set("padding", "0 var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)");
        problems.setId("model-problems");
        problems.getElement().setAttribute("aria-live", "polite");
        problems.setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return texts.get("workbench.editor.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caller = currentUser.get().orElseThrow();
        removeAll();
        draft = null;
        String draftId = event.getRouteParameters().get("draftId").orElse(null);
        String content;
        try {
            if (draftId != null) {
                draft = workbench.draft(caller, draftId);
                kind = draft.kind();
                resourceName = draft.resourceName();
                baseDefinitionId = draft.baseDefinitionId();
                content = draft.content();
                title.setText(texts.get("workbench.editor.draftTitle", WorkbenchUi.fileName(resourceName)));
                about.setText(texts.get("workbench.editor.draftAbout", kindLabel(kind),
                        draft.modelKey() == null ? "—" : draft.modelKey(), Ui.time(draft.updatedAt())));
            } else {
                String definitionId = event.getRouteParameters().get("definitionId").orElseThrow();
                var source = workbench.source(caller, definitionId);
                kind = source.kind();
                resourceName = source.resourceName();
                baseDefinitionId = source.definitionId();
                content = source.content();
                DeployedModel deployed = workbench.models(caller).stream()
                        .filter(m -> m.definitionId().equals(definitionId)).findFirst().orElse(null);
                title.setText(texts.get("workbench.editor.versionTitle", source.key(),
                        deployed == null ? "?" : deployed.version()));
                about.setText(texts.get("workbench.editor.versionAbout", kindLabel(kind),
                        WorkbenchUi.fileName(resourceName)));
            }
        } catch (PlatformException refusal) {
            Paragraph gone = new Paragraph(texts.get(refusal.kind() == PlatformException.Kind.NOT_FOUND
                    ? "workbench.editor.notFound" : "workbench.editor.refused"));
            gone.setId("model-not-found");
            add(new H2(texts.get("workbench.editor.pageTitle")), gone,
                    new RouterLink(texts.get("workbench.editor.back"), WorkbenchView.class));
            return;
        }
        editor = ModelEditor.of(kind);
        editor.component().getElement().getStyle().set("height", "62vh");
        renderStatus();
        problems.removeAll();
        add(new HorizontalLayout(title, status), about, actions, readOnly, importWarnings, editor.component(),
                problems);
        importWarnings.removeAll();
        importWarnings.setVisible(false);
        String opened = content;
        editor.load(content).then(JsonArray.class, warnings -> showImportWarnings(opened, warnings),
                failure -> Ui.error(texts.get("workbench.editor.importFailed", plain(failure))));
    }

    /**
     * What the editor could not read is not written back when the model is saved: say so before the analyst saves,
     * naming the elements (the editor's own words follow, in English).
     */
    private void showImportWarnings(String content, JsonArray warnings) {
        if (warnings == null || warnings.length() == 0) {
            return;
        }
        ModelElements elements = ModelElements.of(kind, content);
        UnorderedList list = new UnorderedList();
        for (int i = 0; i < warnings.length(); i++) {
            var w = warnings.get(i);
            String elementId = null;
            String message = w.toJson();
            if (w instanceof elemental.json.JsonObject o) {
                elementId = o.hasKey("elementId") && o.get("elementId") instanceof elemental.json.JsonString id
                        ? id.asString() : null;
                message = o.hasKey("message") ? o.get("message").asString() : "";
            }
            list.add(new ListItem(Finding.element(texts, elements, elementId) + ": " + message));
        }
        importWarnings.add(new Paragraph(texts.get("workbench.editor.importWarnings", warnings.length())), list);
        importWarnings.setVisible(true);
    }

    /** Who may change what: the author edits a draft until it is in review; a deployed version starts a draft. */
    private void renderStatus() {
        boolean editable = draft == null || (caller.id().equals(draft.author())
                && (draft.status() == DraftStatus.DRAFT || draft.status() == DraftStatus.REJECTED));
        save.setEnabled(editable);
        submit.setEnabled(editable);
        status.removeAll();
        status.setVisible(draft != null);
        readOnly.setVisible(!editable);
        if (draft != null) {
            status.add(Ui.badge(texts.get("workbench.status." + draft.status().name()),
                    draft.status() == DraftStatus.REJECTED ? "error"
                            : draft.status() == DraftStatus.DEPLOYED ? "success" : ""));
            if (!editable) {
                readOnly.setText(texts.get(caller.id().equals(draft.author())
                        ? "workbench.editor.readOnlyStatus" : "workbench.editor.readOnlyAuthor"));
            }
            if (draft.status() == DraftStatus.REJECTED && draft.reviewComment() != null) {
                readOnly.setVisible(true);
                readOnly.setText(texts.get("workbench.editor.rejected", draft.reviewComment()));
            }
        }
    }

    /** The editor's current text, then the action. */
    private void content(SerializableConsumer<String> then) {
        editor.save().then(String.class, then,
                failure -> Ui.error(texts.get("workbench.editor.exportFailed", plain(failure))));
    }

    /** Both checks on the editor's current text: bpmnlint in the browser, the engine and rules on the server. */
    private void check(SerializableBiConsumer<String, List<Finding>> then) {
        content(content -> editor.lint().then(JsonArray.class,
                lint -> checked(content, lint, then),
                failure -> checked(content, Json.createArray(), then)));
    }

    private void checked(String content, JsonArray lint, SerializableBiConsumer<String, List<Finding>> then) {
        List<ModelProblem> server;
        try {
            server = workbench.check(caller, resourceName, content);
        } catch (PlatformException refusal) {
            Ui.error(texts.english() ? refusal.messageEn() : refusal.messageZh());
            return;
        }
        List<Finding> findings = Finding.of(texts, kind, content, server, lint);
        renderProblems(findings);
        editor.showProblems(Finding.markers(findings));
        then.accept(content, findings);
    }

    private void summarize(List<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        if (errors > 0) {
            Ui.error(texts.get("workbench.problems.summary", errors, findings.size() - errors));
        } else {
            Ui.success(findings.isEmpty() ? texts.get("workbench.problems.none")
                    : texts.get("workbench.problems.summary", 0, findings.size()));
        }
    }

    private void renderProblems(List<Finding> findings) {
        problems.removeAll();
        problems.getElement().setAttribute("data-checks", String.valueOf(++checks));
        long errors = findings.stream().filter(Finding::isError).count();
        problems.add(new H3(texts.get("workbench.problems.title")));
        if (findings.isEmpty()) {
            problems.add(Ui.empty(texts.get("workbench.problems.none")));
            return;
        }
        Paragraph summary = new Paragraph(texts.get("workbench.problems.summary", errors, findings.size() - errors));
        summary.setId("model-problems-summary");
        UnorderedList list = new UnorderedList();
        list.getStyle().set("padding-left", "0").set("list-style", "none");
        for (Finding f : findings) {
            ListItem item = new ListItem();
            item.addClassName("model-problem");
            item.getElement().setAttribute("data-severity", f.severity().name());
            item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            Span severity = Ui.badge(texts.get("workbench.severity." + f.severity().name()),
                    f.isError() ? "error" : "contrast");
            severity.addClassName(f.isError() ? "socorg-severity-error" : "socorg-severity-warning");
            Span source = Ui.badge(texts.get(f.source() == Finding.Source.BROWSER ? "workbench.source.lint"
                    : "engine".equals(f.rule()) ? "workbench.source.engine" : "workbench.source.rules"), "");
            source.addClassName("socorg-problem-source");
            Span element = new Span(" " + f.element() + ": ");
            element.getStyle().set("font-weight", "600");
            item.add(severity, new Span(" "), source, element, new Span(f.message()));
            list.add(item);
        }
        problems.add(summary, list);
    }

    /** Saves the text as a new draft of the opened version, or into the open draft. */
    private void store(String content, SerializableConsumer<ModelDraft> then) {
        Ui.attempt(texts, () -> {
            if (draft == null) {
                draft = workbench.createDraft(caller, null, content, baseDefinitionId);
                // the address now names the draft: a reload, or a bookmark, reopens it from the server
                UI.getCurrent().getPage().getHistory().replaceState(null, "workbench/draft/" + draft.id());
                title.setText(texts.get("workbench.editor.draftTitle", WorkbenchUi.fileName(resourceName)));
            } else {
                draft = workbench.updateDraft(caller, draft.id(), content);
            }
            renderStatus();
            then.accept(draft);
        });
    }

    private void submitForReview() {
        check((content, findings) -> {
            long errors = findings.stream().filter(Finding::isError).count();
            if (errors > 0) {
                Ui.error(texts.get("workbench.editor.fixFirst", errors));
                return;
            }
            store(content, stored -> Ui.attempt(texts, () -> {
                draft = workbench.submit(caller, stored.id());
                renderStatus();
                Ui.success(texts.get("workbench.editor.submitted"));
            }));
        });
    }

    private String kindLabel(ModelKind k) {
        return texts.get("workbench.kind." + k.name());
    }

    /** The browser's error message without the script location Vaadin may add. */
    private static String plain(String failure) {
        if (failure == null) {
            return "";
        }
        String first = failure.lines().findFirst().orElse("");
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }
}

package org.socorg.platform.ui.workbench;

import org.socorg.platform.ui.workspace.Ui;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.socorg.platform.audit.AuditLog;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.ui.MainLayout;
import org.socorg.platform.ui.forms.Texts;
import org.socorg.platform.workbench.DeployedModel;
import org.socorg.platform.workbench.DraftStatus;
import org.socorg.platform.workbench.ElementChange;
import org.socorg.platform.workbench.ModelDraft;
import org.socorg.platform.workbench.ModelKind;
import org.socorg.platform.workbench.Workbench;

/**
 * The four-eyes review of one draft: the deployed version beside the draft with added, changed and removed elements
 * coloured (and listed in words, for screen readers and for decisions and forms, which have no diagram), then
 * approve (deploys a new version, sealed in the audit log) or send back with a comment. The author sees why they
 * cannot approve their own draft. Analysts only.
 */
@Route(value = "workbench/review/:draftId", layout = MainLayout.class)
@RolesAllowed(Roles.ANALYST)
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Workbench workbench;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Texts texts = Ui.texts();
    private final H2 title = new H2();
    private final Paragraph summary = new Paragraph();
    private final Div diagrams = new Div();
    private final UnorderedList changeList = new UnorderedList();
    private final Div fourEyes = new Div();
    private final Div result = new Div();
    private final TextArea comment = new TextArea();
    private final Button approve = new Button();
    private final Button reject = new Button();
    private Caller caller;
    private ModelDraft draft;
    private List<DeployedModel> versions;

    ReviewView(Workbench workbench, AuditLog audit, CurrentUser currentUser) {
        this.workbench = workbench;
        this.audit = audit;
        this.currentUser = currentUser;
        setWidthFull();
        summary.setId("review-summary");
        diagrams.setWidthFull();
        changeList.setId("review-changes");
        changeList.getElement().setAttribute("aria-label", texts.get("workbench.review.changes"));
        fourEyes.setId("four-eyes-note");
        fourEyes.getElement().setAttribute("role", "note");
        fourEyes.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("background", "#fff0c2").set("color", "#5c4400")
                .set("border-radius", "var(--lumo-border-radius-m)");
        fourEyes.setVisible(false);
        result.setId("review-result");
        result.getElement().setAttribute("role", "status");
        result.getStyle().set("padding", "0 var(--lumo-space-m)").set("background", "#e8f5e9")
                .set("color", "#1b5e20").set("border-radius", "var(--lumo-border-radius-m)");
        result.setVisible(false);
        comment.setId("review-comment");
        comment.setLabel(texts.get("workbench.review.comment"));
        comment.setHelperText(texts.get("workbench.review.commentHelp"));
        comment.setMaxLength(2000);
        comment.setWidth("min(100%, 40em)");
        approve.setText(texts.get("workbench.review.approve"));
        approve.setId("approve-draft");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(e -> approve());
        reject.setText(texts.get("workbench.review.reject"));
        reject.setId("reject-draft");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> reject());
        HorizontalLayout actions = new HorizontalLayout(approve, reject);
        // the four-eyes note on top: the author learns at once why the buttons below are disabled
        add(title, summary, fourEyes, result, diagrams, new H3(texts.get("workbench.review.changes")), changeList,
                comment, actions);
    }

    @Override
    public String getPageTitle() {
        return texts.get("workbench.review.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caller = currentUser.require();
        String id = event.getRouteParameters().get("draftId").orElse("");
        try {
            draft = workbench.draft(caller, id);
        } catch (PlatformException refusal) {
            removeAll();
            Div missing = new Div(Ui.empty(Ui.message(texts, refusal)));
            missing.setId("review-not-found");
            add(new H2(texts.get("workbench.review.title")), missing);
            return;
        }
        render();
    }

    private void render() {
        title.setText(texts.get("workbench.review.title") + " · " + draft.resourceName());
        List<ElementChange> changes = workbench.diff(caller, draft.id());
        Workbench.ModelSource base = draft.baseDefinitionId() == null ? null
                : workbench.source(caller, draft.baseDefinitionId());
        updateSummary();

        diagrams.removeAll();
        if (draft.kind() == ModelKind.BPMN) {
            diagrams.add(legend(), sideBySide(base, changes));
        } else {
            diagrams.add(Ui.note(texts.get("workbench.review.textualOnly")));
        }
        changeList.removeAll();
        if (changes.isEmpty()) {
            changeList.add(new ListItem(texts.get("workbench.review.noChanges")));
        }
        for (ElementChange change : changes) {
            changeList.add(changeItem(change));
        }
        updateActions();
    }

    private void updateSummary() {
        summary.setText(texts.get("workbench.review.summary", draft.kind().name(),
                draft.modelKey() == null ? "—" : draft.modelKey(), draft.author(),
                draft.baseDefinitionId() == null ? texts.get("workbench.review.newModel")
                        : versionOf(draft.baseDefinitionId()),
                texts.get("workbench.review.status." + draft.status().name())));
    }

    private HorizontalLayout sideBySide(Workbench.ModelSource base, List<ElementChange> changes) {
        VerticalLayout before = new VerticalLayout();
        before.setPadding(false);
        before.add(new H3(base == null ? texts.get("workbench.review.nothingDeployed")
                : texts.get("workbench.review.deployed", versionOf(base.definitionId()))));
        if (base != null) {
            BpmnViewer deployed = new BpmnViewer();
            deployed.setId("review-deployed");
            deployed.getElement().setAttribute("aria-label", texts.get("workbench.review.deployedDiagram"));
            deployed.getElement().setAttribute("role", "img");
            // removed elements exist only in the deployed version; changed ones are marked on both sides
            deployed.show(base.content(), changes.stream().filter(c -> c.change() != ElementChange.Change.ADDED)
                    .toList());
            before.add(deployed);
        }
        VerticalLayout after = new VerticalLayout();
        after.setPadding(false);
        BpmnViewer proposed = new BpmnViewer();
        proposed.setId("review-draft");
        proposed.getElement().setAttribute("aria-label", texts.get("workbench.review.draftDiagram"));
        proposed.getElement().setAttribute("role", "img");
        proposed.show(draft.content(), changes.stream().filter(c -> c.change() != ElementChange.Change.REMOVED)
                .toList());
        after.add(new H3(texts.get("workbench.review.draft")), proposed);
        HorizontalLayout row = new HorizontalLayout(before, after);
        row.setWidthFull();
        row.setFlexGrow(1, before, after);
        before.setWidth("50%");
        after.setWidth("50%");
        return row;
    }

    private HorizontalLayout legend() {
        HorizontalLayout legend = new HorizontalLayout(
                swatch("#2e7d32", "#e8f5e9", "solid", texts.get("workbench.review.change.ADDED")),
                swatch("#ef6c00", "#fff3e0", "solid", texts.get("workbench.review.change.CHANGED")),
                swatch("#c62828", "#ffffff", "dashed", texts.get("workbench.review.change.REMOVED")));
        legend.setId("review-legend");
        legend.getElement().setAttribute("aria-label", texts.get("workbench.review.legend"));
        legend.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return legend;
    }

    private static Span swatch(String stroke, String fill, String style, String label) {
        Span box = new Span();
        box.getStyle().set("display", "inline-block").set("width", "1.2em").set("height", "0.9em")
                .set("border", "3px " + style + " " + stroke).set("background", fill)
                .set("margin-inline-end", "0.4em").set("vertical-align", "middle");
        box.getElement().setAttribute("aria-hidden", "true");
        return new Span(box, new Span(label));
    }

    private ListItem changeItem(ElementChange change) {
        Span badge = switch (change.change()) {
            case ADDED -> Ui.badge(texts.get("workbench.review.change.ADDED"), "success");
            case REMOVED -> Ui.badge(texts.get("workbench.review.change.REMOVED"), "error");
            case CHANGED -> Ui.amberBadge(texts.get("workbench.review.change.CHANGED"));
        };
        String name = change.name() == null || change.name().isBlank() ? change.elementId()
                : change.name() + " (" + change.elementId() + ")";
        String detail = " " + name + (change.elementType() == null ? "" : " · " + change.elementType());
        if (change.changedAttributes() != null && !change.changedAttributes().isEmpty()) {
            detail += " — " + texts.get("workbench.review.attributes", String.join(", ", change.changedAttributes()));
        }
        ListItem item = new ListItem(badge, new Span(detail));
        item.addClassName("review-change");
        item.getElement().setAttribute("data-element-id", String.valueOf(change.elementId()));
        item.getElement().setAttribute("data-change", change.change().name());
        return item;
    }

    private void updateActions() {
        boolean inReview = draft.status() == DraftStatus.IN_REVIEW;
        boolean own = caller.id().equals(draft.author());
        approve.setEnabled(inReview && !own);
        reject.setEnabled(inReview && !own);
        comment.setReadOnly(!inReview || own);
        fourEyes.setVisible(own || !inReview);
        fourEyes.setText(own ? texts.get("workbench.review.fourEyes")
                : texts.get("workbench.review.notInReview", texts.get("workbench.review.status." + draft.status().name())));
        if (!inReview && draft.reviewComment() != null && comment.isEmpty()) {
            comment.setValue(draft.reviewComment());
        }
    }

    private void approve() {
        Ui.attempt(texts, () -> {
            draft = workbench.approve(caller, draft.id(), comment.getValue());
            versions = workbench.models(caller);
            DeployedModel model = versions.stream()
                    .filter(m -> draft.deploymentId().equals(m.deploymentId())).findFirst().orElse(null);
            String version = model == null ? draft.deploymentId()
                    : model.key() + " v" + model.version() + " (" + model.definitionId() + ")";
            String seal = audit.sealOf("deployment:" + draft.deploymentId())
                    .map(e -> texts.get("workbench.review.sealed", e.seq(), e.leafHash().substring(0, 16)))
                    .orElse(texts.get("workbench.review.notSealed"));
            result.removeAll();
            result.add(new Paragraph(texts.get("workbench.review.deployedAs", version)), new Paragraph(seal));
            result.setVisible(true);
            Ui.success(texts.get("workbench.review.approved"));
            updateSummary();
            updateActions();
            result.scrollIntoView();
        });
    }

    private void reject() {
        Ui.attempt(texts, () -> {
            draft = workbench.reject(caller, draft.id(), comment.getValue());
            result.removeAll();
            result.add(new Paragraph(texts.get("workbench.review.rejectedText", draft.author())));
            result.setVisible(true);
            Ui.success(texts.get("workbench.review.rejected"));
            updateSummary();
            updateActions();
            result.scrollIntoView();
        });
    }

    /** "version 3" of a deployed definition; its id when the repository no longer lists it. */
    private String versionOf(String definitionId) {
        if (versions == null) {
            versions = workbench.models(caller);
        }
        return versions.stream().filter(m -> definitionId.equals(m.definitionId())).findFirst()
                .map(m -> texts.get("workbench.review.version", m.version())).orElse(definitionId);
    }
}

package org.socorg.platform.ui.workbench;

import org.socorg.platform.ui.workspace.Ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.ui.MainLayout;
import org.socorg.platform.ui.forms.Texts;
import org.socorg.platform.workbench.DraftStatus;
import org.socorg.platform.workbench.ElementChange;
import org.socorg.platform.workbench.ModelDraft;
import org.socorg.platform.workbench.Workbench;

/**
 * 待审核: drafts other analysts submitted for review (four-eyes), and the caller's own drafts waiting for someone
 * else. Analysts only.
 */
@Route(value = "workbench/reviews", layout = MainLayout.class)
@RolesAllowed(Roles.ANALYST)
public class ReviewQueueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Workbench workbench;
    private final CurrentUser currentUser;
    private final Texts texts = Ui.texts();
    private final Grid<ModelDraft> toReview = grid("review-queue");
    private final Grid<ModelDraft> mine = grid("review-queue-mine");
    private final Div toReviewEmpty = new Div();
    private final Div mineEmpty = new Div();

    ReviewQueueView(Workbench workbench, CurrentUser currentUser) {
        this.workbench = workbench;
        this.currentUser = currentUser;
        setSizeFull();
        toReview.getElement().setAttribute("aria-label", texts.get("workbench.reviews.title"));
        mine.getElement().setAttribute("aria-label", texts.get("workbench.reviews.mine"));
        add(new H2(texts.get("workbench.reviews.title")), Ui.note(texts.get("workbench.reviews.intro")),
                toReviewEmpty, toReview, new H3(texts.get("workbench.reviews.mine")), mineEmpty, mine);
    }

    private Grid<ModelDraft> grid(String id) {
        Grid<ModelDraft> grid = new Grid<>(ModelDraft.class, false);
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addColumn(ModelDraft::resourceName).setHeader(texts.get("workbench.review.file")).setAutoWidth(true);
        grid.addColumn(d -> d.kind().name()).setHeader(texts.get("workbench.review.kind")).setAutoWidth(true);
        grid.addColumn(ModelDraft::modelKey).setHeader(texts.get("workbench.review.key")).setAutoWidth(true);
        grid.addColumn(ModelDraft::author).setHeader(texts.get("workbench.review.author")).setAutoWidth(true);
        grid.addColumn(d -> Ui.time(d.updatedAt())).setHeader(texts.get("workbench.reviews.submitted"))
                .setAutoWidth(true);
        // two drafts of one file look alike: what each changes tells them apart before opening one
        grid.addColumn(this::changeCounts).setHeader(texts.get("workbench.reviews.changes")).setAutoWidth(true);
        grid.addComponentColumn(d -> {
            Button open = new Button(texts.get("workbench.reviews.open"), e -> getUI().ifPresent(ui ->
                    ui.navigate(ReviewView.class, new RouteParameters("draftId", d.id()))));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            open.addClassName("open-review");
            open.getElement().setAttribute("data-draft-id", d.id());
            open.setAriaLabel(texts.get("workbench.reviews.open") + ": " + d.resourceName());
            return open;
        }).setHeader(texts.get("workspace.actions")).setAutoWidth(true);
        return grid;
    }

    /** "added 2 · changed 1 · removed 0" against the version the draft was made from. */
    private String changeCounts(ModelDraft draft) {
        try {
            List<ElementChange> changes = workbench.diff(currentUser.require(), draft.id());
            return texts.get("workbench.reviews.changeCounts", count(changes, ElementChange.Change.ADDED),
                    count(changes, ElementChange.Change.CHANGED), count(changes, ElementChange.Change.REMOVED));
        } catch (PlatformException unreadable) {
            return "—";
        }
    }

    private static long count(List<ElementChange> changes, ElementChange.Change kind) {
        return changes.stream().filter(c -> c.change() == kind).count();
    }

    @Override
    public String getPageTitle() {
        return texts.get("workbench.reviews.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Caller caller = currentUser.require();
        Ui.attempt(texts, () -> {
            List<ModelDraft> inReview = workbench.drafts(caller, DraftStatus.IN_REVIEW);
            show(toReview, toReviewEmpty, inReview.stream().filter(d -> !caller.id().equals(d.author())).toList(),
                    texts.get("workbench.reviews.empty"));
            show(mine, mineEmpty, inReview.stream().filter(d -> caller.id().equals(d.author())).toList(),
                    texts.get("workbench.reviews.mineEmpty"));
        });
    }

    private static void show(Grid<ModelDraft> grid, Div empty, List<ModelDraft> drafts, String emptyText) {
        grid.setItems(drafts);
        grid.setVisible(!drafts.isEmpty());
        empty.removeAll();
        if (drafts.isEmpty()) {
            empty.add(Ui.empty(emptyText));
        }
    }
}

package org.socorg.platform.ui.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.socorg.platform.evaluation.EvaluationService;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.InboxNotice;
import org.socorg.platform.task.InboxNotices;
import org.socorg.platform.task.TaskInbox;
import org.socorg.platform.task.TaskSummary;
import org.socorg.platform.ui.MainLayout;
import org.socorg.platform.ui.forms.Texts;

/**
 * 我的提醒: the reminders addressed to the signed-in user ({@link InboxNotices}) — a statutory limit near on a case
 * they handle, their organization's evaluation grade expiring, an annual report due or overdue — newest first, each
 * with its kind, date, text in the user's language and a link to what it is about; mark one or all read (the bell in
 * the header counts the unread). Every signed-in user has notices of their own; the service shows only theirs.
 */
@Route(value = "workspace/notices", layout = MainLayout.class)
@PermitAll
public class NoticesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final InboxNotices notices;
    private final TaskInbox inbox;
    private final EvaluationService evaluations;
    private final Texts texts = Ui.texts();
    private final Span summary = new Span();
    private final Button markAll = new Button();
    private final Div list = new Div();
    private Caller caller;

    NoticesView(CurrentUser currentUser, InboxNotices notices, TaskInbox inbox, EvaluationService evaluations) {
        this.currentUser = currentUser;
        this.notices = notices;
        this.inbox = inbox;
        this.evaluations = evaluations;
        summary.setId("notices-summary");
        markAll.setText(texts.get("workspace.notices.markAllRead"));
        markAll.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        markAll.setId("notices-mark-all");
        markAll.setDisableOnClick(true);
        markAll.addClickListener(e -> {
            int[] marked = new int[1];
            if (Ui.attempt(texts, () -> marked[0] = notices.markAllRead(caller))) {
                Ui.success(texts.get("workspace.notices.markedAll", marked[0]));
            }
            load();
        });
        list.setId("notices");
        list.setWidthFull();
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", texts.get("workspace.notices.title"));
        HorizontalLayout bar = new HorizontalLayout(summary, markAll);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setWrap(true);
        add(Ui.pageTitle(texts.get("workspace.notices.title")), Ui.note(texts.get("workspace.notices.intro")), bar,
                list);
    }

    @Override
    public String getPageTitle() {
        return texts.get("workspace.notices.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caller = currentUser.require();
        load();
    }

    private void load() {
        List<InboxNotice> mine = notices.mine(caller);
        long unread = mine.stream().filter(n -> !n.read()).count();
        summary.setText(unread == 0 ? texts.get("workspace.notices.allRead")
                : texts.get("workspace.notices.unreadCount", unread));
        markAll.setVisible(unread > 0);
        markAll.setEnabled(true);
        list.removeAll();
        if (mine.isEmpty()) {
            summary.setVisible(false);
            list.add(withId(Ui.empty(texts.get("workspace.notices.empty")), "notices-empty"));
        } else {
            summary.setVisible(true);
            List<TaskSummary> tasks = mine.stream().anyMatch(n -> n.processInstanceId() != null)
                    ? inbox.myTasks(caller) : List.of();
            mine.forEach(n -> list.add(item(n, tasks)));
        }
        // the bell's count follows at once (on entering, the layout counts after the navigation itself)
        MainLayout layout = findAncestor(MainLayout.class);
        if (layout != null) {
            layout.refreshNotices();
        }
    }

    private Component item(InboxNotice notice, List<TaskSummary> tasks) {
        Span kind = notice.kind().startsWith("DEADLINE") || notice.kind().endsWith("OVERDUE")
                ? Ui.amberBadge(kindLabel(notice.kind())) : Ui.badge(kindLabel(notice.kind()), "");
        Span state = notice.read() ? Ui.badge(texts.get("workspace.notices.read"), "contrast")
                : Ui.badge(texts.get("workspace.notices.unread"), "error");
        state.addClassName("notice-state");
        HorizontalLayout head = new HorizontalLayout(kind, state,
                Ui.note(texts.get("workspace.notices.received", Ui.time(notice.createdAt()))));
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        head.setWrap(true);
        head.setSpacing(true);
        Paragraph text = new Paragraph(texts.english() ? notice.messageEn() : notice.messageZh());
        text.addClassName("notice-text");
        text.getStyle().set("margin", "0.25em 0");
        if (!notice.read()) {
            text.getStyle().set("font-weight", "600");
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        link(notice, tasks).ifPresent(actions::add);
        if (!notice.read()) {
            Button read = new Button(texts.get("workspace.notices.markRead"), VaadinIcon.CHECK.create());
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            read.addClassName("notice-mark-read");
            // names the notice for screen readers: several "mark as read" buttons sit on one page
            read.setAriaLabel(texts.get("workspace.notices.markRead") + "：" + kindLabel(notice.kind()) + " "
                    + Ui.time(notice.createdAt()));
            read.setDisableOnClick(true);
            read.addClickListener(e -> {
                if (Ui.attempt(texts, () -> notices.markRead(caller, notice.id()))) {
                    Ui.success(texts.get("workspace.notices.marked"));
                }
                load();
            });
            actions.add(read);
        }
        Div item = new Div(head, text, actions);
        item.addClassName("notice");
        item.getElement().setAttribute("role", "listitem");
        item.getElement().setAttribute("data-notice-id", String.valueOf(notice.id()));
        item.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                .set("border-left", notice.read() ? "4px solid transparent" : "4px solid var(--lumo-primary-color)");
        return item;
    }

    /** Where the notice leads: the case's task in the user's inbox, or the organization's public page. */
    private Optional<Component> link(InboxNotice notice, List<TaskSummary> tasks) {
        if (InboxNotices.DEADLINE_NEAR.equals(notice.kind())) {
            Optional<TaskSummary> task = tasks.stream()
                    .filter(t -> t.processInstanceId() != null && t.processInstanceId().equals(notice.processInstanceId()))
                    .findFirst();
            if (task.isPresent()) {
                // the step in the reader's language (the stored texts name no engine step: its names are English)
                String stepKey = "workspace.step." + task.get().taskDefinitionKey();
                String step = texts.get(stepKey).equals(stepKey) ? task.get().name() : texts.get(stepKey);
                return Optional.of(anchor(RouteConfiguration.forSessionScope().getUrl(CaseView.class,
                        task.get().id()), texts.get("workspace.notices.openCase") + "：" + subject(notice) + " · "
                        + step));
            }
            return Optional.of(Ui.note(texts.get("workspace.notices.caseDone")));
        }
        if (notice.kind().startsWith("ANNUAL_REPORT") && notice.businessKey() != null) {
            return Optional.of(organization(notice.businessKey(), subject(notice)));
        }
        if ("EVALUATION_EXPIRY".equals(notice.kind()) && notice.businessKey() != null) {
            try {
                return Optional.of(organization(evaluations.get(caller, notice.businessKey()).creditCode(),
                        subject(notice)));
            } catch (PlatformException gone) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Component organization(String creditCode, String name) {
        return anchor("organizations/" + creditCode, texts.get("workspace.notices.openOrganization") + "：" + name);
    }

    private static Anchor anchor(String href, String text) {
        Anchor a = new Anchor(href.startsWith("/") ? href : "/" + href, text);
        a.addClassName("notice-link");
        return a;
    }

    private String subject(InboxNotice notice) {
        return notice.subject() == null || notice.subject().isBlank() ? "—" : notice.subject();
    }

    private String kindLabel(String kind) {
        String key = "workspace.notices.kind." + kind;
        String label = texts.get(key);
        return label.equals(key) ? texts.get("workspace.notices.kind.OTHER") : label;
    }

    private static Component withId(Component c, String id) {
        c.setId(id);
        return c;
    }
}

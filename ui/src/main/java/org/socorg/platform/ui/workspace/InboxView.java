package org.socorg.platform.ui.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.socorg.platform.calendar.WorkingDayCalendar;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.identity.UserDirectory;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.TaskInbox;
import org.socorg.platform.task.TaskSummary;
import org.socorg.platform.ui.MainLayout;
import org.socorg.platform.ui.forms.Texts;

/**
 * 待办: the official's tasks — assigned to them and offered to their groups within their jurisdiction — with
 * filters, deadline badges, claim / release / delegate (转办) and bulk claim with a result per task.
 */
@Route(value = "workspace/inbox", layout = MainLayout.class)
@RolesAllowed({Roles.REGISTRATION_OFFICER, Roles.REVIEWER, Roles.DIRECTOR, Roles.SUPERVISOR,
        Roles.ENFORCEMENT_OFFICER, Roles.EXPERT})
public class InboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Mine and those I may claim, mine, those I may claim, or all of my authority (colleagues' claimed ones too). */
    public enum Scope { ALL, MINE, GROUP, AUTHORITY }

    enum Due { ALL, OVERDUE, SOON, LATER, NONE }

    private final CurrentUser currentUser;
    private final TaskInbox inbox;
    private final WorkingDayCalendar calendar;
    private final Texts texts = Ui.texts();
    private final Grid<TaskSummary> grid = new Grid<>(TaskSummary.class, false);
    private final Select<Scope> scope = new Select<>();
    private final Select<String> flow = new Select<>();
    private final Select<String> step = new Select<>();
    private final TextField organization = new TextField();
    private final Select<Due> due = new Select<>();
    private final Div emptyState = new Div();
    private final Map<String, Integer> daysLeft = new ConcurrentHashMap<>();
    private final PersonNames names;
    private List<TaskSummary> all = List.of();
    private Caller caller;

    InboxView(CurrentUser currentUser, TaskInbox inbox, WorkingDayCalendar calendar, UserDirectory directory) {
        this.currentUser = currentUser;
        this.inbox = inbox;
        this.calendar = calendar;
        this.names = new PersonNames(directory::find);
        setSizeFull();

        scope.setLabel(texts.get("workspace.inbox.scope"));
        scope.setItems(Scope.values());
        scope.setItemLabelGenerator(s -> texts.get("workspace.inbox.scope." + s.name()));
        scope.setValue(Scope.ALL);
        flow.setLabel(texts.get("workspace.inbox.flow"));
        flow.setEmptySelectionAllowed(true);
        flow.setEmptySelectionCaption(texts.get("workspace.inbox.any"));
        flow.setItemLabelGenerator(k -> label("workspace.flow.", k));
        step.setLabel(texts.get("workspace.inbox.step"));
        step.setEmptySelectionAllowed(true);
        step.setEmptySelectionCaption(texts.get("workspace.inbox.any"));
        step.setItemLabelGenerator(k -> label("workspace.step.", k));
        organization.setLabel(texts.get("workspace.inbox.organization"));
        organization.setClearButtonVisible(true);
        organization.setValueChangeMode(ValueChangeMode.LAZY);
        organization.setId("inbox-filter-organization");
        due.setLabel(texts.get("workspace.inbox.deadline"));
        due.setItems(Due.values());
        due.setItemLabelGenerator(d -> texts.get("workspace.inbox.due." + d.name()));
        due.setValue(Due.ALL);
        List.of(scope, flow, step, due).forEach(s -> s.addValueChangeListener(e -> filter()));
        // the authority's view is a wider list, read when it is chosen and left
        scope.addValueChangeListener(e -> {
            if (e.getValue() == Scope.AUTHORITY || e.getOldValue() == Scope.AUTHORITY) {
                load();
            }
        });
        organization.addValueChangeListener(e -> filter());

        grid.setId("inbox");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.getElement().setAttribute("aria-label", texts.get("workspace.inbox.title"));
        // a step without a text of its own (one added in the workbench) is shown by the name its model gives it
        grid.addColumn(t -> stepLabel(t)).setHeader(texts.get("workspace.inbox.step"))
                .setAutoWidth(true);
        grid.addColumn(TaskSummary::subject).setHeader(texts.get("workspace.inbox.organization")).setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(t -> label("workspace.flow.", t.processDefinitionKey()))
                .setHeader(texts.get("workspace.inbox.flow"));
        // auto width: at 1280 px the time and the days left were cut to "2026-1…" and "剩 6 个…"
        grid.addColumn(t -> Ui.time(t.createdAt())).setHeader(texts.get("workspace.inbox.received"))
                .setAutoWidth(true).setFlexGrow(0);
        Grid.Column<TaskSummary> deadline = grid.addComponentColumn(t -> Deadlines.badge(texts,
                        daysLeft.get(t.id())))
                .setHeader(texts.get("workspace.inbox.deadline")).setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparing(TaskSummary::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .setSortable(true);
        grid.addColumn(t -> t.assignee() == null ? texts.get("workspace.inbox.unclaimed")
                : t.assignee().equals(caller.id()) ? texts.get("workspace.inbox.me")
                : names.of(t.assignee()).orElseGet(() -> texts.get("workspace.timeline.staff")))
                .setHeader(texts.get("workspace.inbox.assignee"));
        // frozen to the end: the actions stay in view on narrow screens, the other columns scroll
        grid.addComponentColumn(this::actions).setHeader(texts.get("workspace.actions")).setAutoWidth(true)
                .setFrozenToEnd(true);
        grid.sort(List.of(new GridSortOrder<>(deadline, SortDirection.ASCENDING)));

        Button bulk = new Button(texts.get("workspace.inbox.bulkClaim"), e -> bulkClaim());
        bulk.setId("bulk-claim");
        Button refresh = new Button(texts.get("workspace.inbox.refresh"), e -> load());
        HorizontalLayout filters = new HorizontalLayout(scope, flow, step, organization, due, bulk, refresh);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(Ui.pageTitle(texts.get("workspace.inbox.title")), filters, emptyState, grid);
    }

    @Override
    public String getPageTitle() {
        return texts.get("workspace.inbox.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caller = currentUser.require();
        load();
        // the dashboard's flow bars link here with ?flow=<process key>
        event.getLocation().getQueryParameters().getSingleParameter("flow")
                .filter(f -> all.stream().anyMatch(t -> f.equals(t.processDefinitionKey())))
                .ifPresent(flow::setValue);
    }

    private void load() {
        all = scope.getValue() == Scope.AUTHORITY ? inbox.authorityTasks(caller) : inbox.myTasks(caller);
        LocalDate today = LocalDate.now(Ui.ZONE);
        daysLeft.clear();
        all.forEach(t -> {
            Integer left = Deadlines.workingDaysLeft(calendar, t.dueAt(), today);
            if (left != null) {
                daysLeft.put(t.id(), left);
            }
        });
        String f = flow.getValue();
        String s = step.getValue();
        flow.setItems(all.stream().map(TaskSummary::processDefinitionKey).distinct().sorted().toList());
        step.setItems(all.stream().map(TaskSummary::taskDefinitionKey).distinct().sorted().toList());
        if (f != null && all.stream().anyMatch(t -> f.equals(t.processDefinitionKey()))) {
            flow.setValue(f);
        }
        if (s != null && all.stream().anyMatch(t -> s.equals(t.taskDefinitionKey()))) {
            step.setValue(s);
        }
        filter();
    }

    private void filter() {
        if (caller == null) {
            return;
        }
        String text = organization.getValue() == null ? "" : organization.getValue().strip();
        List<TaskSummary> shown = all.stream()
                .filter(t -> switch (scope.getValue() == null ? Scope.ALL : scope.getValue()) {
                    case MINE -> caller.id().equals(t.assignee());
                    case GROUP -> t.assignee() == null;
                    default -> true;
                })
                .filter(t -> flow.getValue() == null || flow.getValue().equals(t.processDefinitionKey()))
                .filter(t -> step.getValue() == null || step.getValue().equals(t.taskDefinitionKey()))
                .filter(t -> text.isEmpty() || (t.subject() != null && t.subject().contains(text)))
                .filter(t -> matchesDue(daysLeft.get(t.id())))
                .toList();
        grid.setItems(shown);
        grid.deselectAll();
        emptyState.removeAll();
        if (shown.isEmpty()) {
            emptyState.add(Ui.empty(all.isEmpty() ? texts.get("workspace.inbox.empty")
                    : texts.get("workspace.inbox.emptyFiltered")));
        }
        grid.setVisible(!shown.isEmpty());
    }

    private boolean matchesDue(Integer left) {
        return switch (due.getValue() == null ? Due.ALL : due.getValue()) {
            case OVERDUE -> left != null && left < 0;
            case SOON -> left != null && left >= 0 && left <= Deadlines.AMBER_FROM;
            case LATER -> left != null && left > Deadlines.AMBER_FROM;
            case NONE -> left == null;
            default -> true;
        };
    }

    private HorizontalLayout actions(TaskSummary task) {
        Button open = new Button(texts.get("workspace.inbox.open"),
                e -> getUI().ifPresent(ui -> ui.navigate(CaseView.class, task.id())));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        open.addClassName("open-task");
        open.setAriaLabel(texts.get("workspace.inbox.openNamed", task.subject() == null ? "" : task.subject()));
        HorizontalLayout layout = new HorizontalLayout(open);
        if (task.assignee() == null) {
            Button claim = new Button(texts.get("workspace.inbox.claim"), e -> {
                if (Ui.attempt(texts, () -> inbox.claim(caller, task.id()))) {
                    Ui.success(texts.get("workspace.inbox.claimed"));
                    load();
                }
            });
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            claim.addClassName("claim-task");
            layout.add(claim);
        } else if (task.assignee().equals(caller.id()) && !"UserTask_ProvideSupplements".equals(task.taskDefinitionKey())) {
            Button release = new Button(texts.get("workspace.inbox.release"), e -> {
                if (Ui.attempt(texts, () -> inbox.release(caller, task.id()))) {
                    Ui.success(texts.get("workspace.inbox.released"));
                    load();
                }
            });
            release.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            release.addClassName("release-task");
            Button delegate = new Button(texts.get("workspace.delegate.action"),
                    e -> DelegateDialog.open(texts, inbox, caller, task, this::load));
            delegate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            delegate.addClassName("delegate-task");
            delegate.setAriaLabel(texts.get("workspace.delegate.actionNamed", task.subject() == null ? ""
                    : task.subject()));
            layout.add(release, delegate);
        }
        return layout;
    }

    private void bulkClaim() {
        List<TaskSummary> selected = new ArrayList<>(grid.getSelectedItems());
        if (selected.isEmpty()) {
            Ui.error(texts.get("workspace.inbox.selectFirst"));
            return;
        }
        UnorderedList results = new UnorderedList();
        results.setId("bulk-results");
        for (TaskSummary task : selected) {
            String name = (task.subject() == null ? "" : task.subject()) + " · " + label("workspace.step.",
                    task.taskDefinitionKey());
            String outcome;
            try {
                inbox.claim(caller, task.id());
                outcome = "✓ " + texts.get("workspace.inbox.claimed");
            } catch (PlatformException refused) {
                outcome = "✗ " + Ui.message(texts, refused);
            }
            results.add(new ListItem(new Span(name + "：" + outcome)));
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(texts.get("workspace.inbox.bulkResult"));
        dialog.add(results);
        dialog.getFooter().add(new Button(texts.get("workspace.close"), e -> dialog.close()));
        dialog.open();
        load();
    }

    private String stepLabel(TaskSummary task) {
        String text = label("workspace.step.", task.taskDefinitionKey());
        return text.equals(task.taskDefinitionKey()) && task.name() != null && !task.name().isBlank() ? task.name()
                : text;
    }

    private String label(String prefix, String key) {
        if (key == null) {
            return "";
        }
        String text = texts.get(prefix + key);
        return text.equals(prefix + key) ? key : text;
    }
}

package org.socorg.platform.ui.workbench;

import org.socorg.platform.ui.workspace.Ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.socorg.platform.audit.AuditLog;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.ui.MainLayout;
import org.socorg.platform.ui.forms.Texts;
import org.socorg.platform.workbench.DeployedModel;
import org.socorg.platform.workbench.InstanceMigration;
import org.socorg.platform.workbench.MigrationPlanView;
import org.socorg.platform.workbench.Migrations;
import org.socorg.platform.workbench.ModelKind;
import org.socorg.platform.workbench.Workbench;

/**
 * 流程实例迁移: move running cases of one process version to another. The analyst picks the process and both
 * versions (with their running cases), checks and edits the generated mapping (source activity to target
 * activity), runs a dry run that says per case what would happen, migrates in one batch with a result per case,
 * and rolls back by migrating back with source and target swapped, where the engine allows it. Each case moved is
 * sealed in the audit log. Analysts only.
 */
@Route(value = "workbench/migrations", layout = MainLayout.class)
@RolesAllowed(Roles.ANALYST)
public class MigrationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Where a case can wait when it is moved; the same activities the engine's plan maps. */
    private static final Set<String> WAIT_STATES = Set.of("userTask", "receiveTask", "subProcess", "callActivity",
            "intermediateCatchEvent", "boundaryEvent", "eventBasedGateway", "manualTask", "task");

    /** One row of the mapping: a source activity and the target activity the analyst maps it to (null: none). */
    static final class Row {
        final String source;
        String target;
        final boolean updateEventTrigger;

        Row(String source, String target, boolean updateEventTrigger) {
            this.source = source;
            this.target = target;
            this.updateEventTrigger = updateEventTrigger;
        }
    }

    private final Workbench workbench;
    private final Migrations migrations;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Texts texts = Ui.texts();
    private final Select<String> key = new Select<>();
    private final Select<DeployedModel> source = new Select<>();
    private final Select<DeployedModel> target = new Select<>();
    private final Grid<Row> mapping = new Grid<>();
    private final Div planNote = new Div();
    private final Grid<InstanceMigration> results = new Grid<>();
    private final H3 resultsTitle = new H3();
    private final Button dryRun = new Button();
    private final Button execute = new Button();
    private final Button rollBack = new Button();
    private final Map<String, String> targetActivities = new LinkedHashMap<>();
    private final Map<String, String> sourceActivities = new LinkedHashMap<>();
    private List<DeployedModel> processes = List.of();
    private List<Row> rows = new ArrayList<>();
    private boolean executed;
    private Caller caller;

    MigrationView(Workbench workbench, Migrations migrations, AuditLog audit, CurrentUser currentUser) {
        this.workbench = workbench;
        this.migrations = migrations;
        this.audit = audit;
        this.currentUser = currentUser;
        setWidthFull();

        key.setId("migration-key");
        key.setLabel(texts.get("workbench.migration.key"));
        key.addValueChangeListener(e -> keyChosen());
        source.setId("migration-source");
        source.setLabel(texts.get("workbench.migration.source"));
        source.setItemLabelGenerator(this::versionLabel);
        source.addValueChangeListener(e -> plan());
        target.setId("migration-target");
        target.setLabel(texts.get("workbench.migration.target"));
        target.setItemLabelGenerator(this::versionLabel);
        target.addValueChangeListener(e -> plan());
        key.setWidth("22em");
        source.setWidth("16em");
        target.setWidth("16em");
        HorizontalLayout pick = new HorizontalLayout(key, source, target);
        pick.setWrap(true);
        pick.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        mapping.setId("migration-mapping");
        mapping.setAllRowsVisible(true);
        mapping.getElement().setAttribute("aria-label", texts.get("workbench.migration.mapping"));
        mapping.addColumn(r -> activityLabel(sourceActivities, r.source))
                .setHeader(texts.get("workbench.migration.sourceActivity")).setAutoWidth(true);
        mapping.addComponentColumn(this::targetSelect).setHeader(texts.get("workbench.migration.targetActivity"))
                .setAutoWidth(true);
        planNote.setId("migration-plan-note");

        dryRun.setText(texts.get("workbench.migration.dryRun"));
        dryRun.setId("migration-dry-run");
        dryRun.addClickListener(e -> run(false));
        execute.setText(texts.get("workbench.migration.execute"));
        execute.setId("migration-execute");
        execute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        execute.addClickListener(e -> run(true));
        rollBack.setText(texts.get("workbench.migration.rollBack"));
        rollBack.setId("migration-roll-back");
        rollBack.setVisible(false);
        rollBack.addClickListener(e -> rollBack());
        HorizontalLayout actions = new HorizontalLayout(dryRun, execute, rollBack);

        results.setId("migration-results");
        results.setAllRowsVisible(true);
        results.getElement().setAttribute("aria-label", texts.get("workbench.migration.results"));
        results.addColumn(m -> m.businessKey() == null ? m.processInstanceId() : m.businessKey())
                .setHeader(texts.get("workbench.migration.case")).setAutoWidth(true);
        results.addColumn(m -> String.join(", ", m.activeActivities().stream()
                .map(a -> activityLabel(sourceActivities, a)).toList()))
                .setHeader(texts.get("workbench.migration.waitsAt")).setAutoWidth(true);
        results.addComponentColumn(this::outcome).setHeader(texts.get("workbench.migration.outcome"))
                .setAutoWidth(true).setFlexGrow(1);
        results.setVisible(false);
        resultsTitle.setVisible(false);

        add(new H2(texts.get("workbench.migration.title")), Ui.note(texts.get("workbench.migration.intro")),
                pick, new H3(texts.get("workbench.migration.mapping")), planNote, mapping, actions, resultsTitle,
                results);
    }

    @Override
    public String getPageTitle() {
        return texts.get("workbench.migration.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caller = currentUser.require();
        loadModels();
        List<String> keys = processes.stream().map(DeployedModel::key).distinct().sorted().toList();
        key.setItems(keys);
        // a process with cases on an older version is the likely one to migrate
        keys.stream().filter(k -> processes.stream().anyMatch(m -> k.equals(m.key()) && m.runningInstances() > 0
                        && m.version() < latest(k).version())).findFirst()
                .ifPresent(key::setValue);
    }

    private void loadModels() {
        Ui.attempt(texts, () -> processes = workbench.models(caller).stream()
                .filter(m -> m.kind() == ModelKind.BPMN).toList());
    }

    private DeployedModel latest(String processKey) {
        return versions(processKey).get(0);
    }

    private List<DeployedModel> versions(String processKey) {
        return processes.stream().filter(m -> m.key().equals(processKey))
                .sorted(Comparator.comparingInt(DeployedModel::version).reversed()).toList();
    }

    private void keyChosen() {
        String chosen = key.getValue();
        List<DeployedModel> versions = chosen == null ? List.of() : versions(chosen);
        source.setItems(versions);
        target.setItems(versions);
        if (versions.size() >= 2) {
            DeployedModel newest = versions.get(0);
            target.setValue(newest);
            source.setValue(versions.stream().skip(1).filter(v -> v.runningInstances() > 0).findFirst()
                    .orElse(versions.get(1)));
        } else {
            clearPlan(texts.get("workbench.migration.oneVersion"));
        }
    }

    private String versionLabel(DeployedModel m) {
        return texts.get("workbench.migration.versionLabel", m.version(), m.runningInstances());
    }

    private void clearPlan(String note) {
        rows = new ArrayList<>();
        mapping.setItems(rows);
        planNote.removeAll();
        if (note != null) {
            planNote.add(Ui.empty(note));
        }
        dryRun.setEnabled(false);
        execute.setEnabled(false);
    }

    /** The generated plan for the chosen versions, shown as editable rows. */
    private void plan() {
        results.setVisible(false);
        resultsTitle.setVisible(false);
        DeployedModel from = source.getValue();
        DeployedModel to = target.getValue();
        if (from == null || to == null || from.definitionId().equals(to.definitionId())) {
            clearPlan(from != null && to != null ? texts.get("workbench.migration.sameVersion") : null);
            return;
        }
        boolean ok = Ui.attempt(texts, () -> {
            sourceActivities.clear();
            sourceActivities.putAll(activities(from.definitionId()));
            targetActivities.clear();
            targetActivities.putAll(activities(to.definitionId()));
            MigrationPlanView plan = migrations.plan(caller, from.definitionId(), to.definitionId(), null);
            rows = new ArrayList<>();
            plan.instructions().forEach(i -> rows.add(new Row(i.sourceActivityId(), i.targetActivityId(),
                    i.updateEventTrigger())));
            plan.unmappedSourceActivities().forEach(a -> rows.add(new Row(a, null, false)));
            mapping.setItems(rows);
            planNote.removeAll();
            planNote.add(Ui.note(plan.unmappedSourceActivities().isEmpty()
                    ? texts.get("workbench.migration.allMapped", plan.instructions().size())
                    : texts.get("workbench.migration.unmapped", plan.unmappedSourceActivities().size())));
        });
        if (!ok) {
            clearPlan(null);
            return;
        }
        dryRun.setEnabled(true);
        execute.setEnabled(from.runningInstances() > 0);
    }

    private Select<String> targetSelect(Row row) {
        Select<String> select = new Select<>();
        select.setItems(new ArrayList<>(targetActivities.keySet()));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(texts.get("workbench.migration.notMapped"));
        // the empty selection is an item too: its label is the caption
        select.setItemLabelGenerator(a -> a == null ? texts.get("workbench.migration.notMapped")
                : activityLabel(targetActivities, a));
        select.setValue(row.target != null && targetActivities.containsKey(row.target) ? row.target : null);
        select.setAriaLabel(texts.get("workbench.migration.targetFor", activityLabel(sourceActivities, row.source)));
        select.addClassName("migration-target-activity");
        select.setWidth("28em");
        select.getElement().setAttribute("data-source-activity", row.source);
        select.addValueChangeListener(e -> {
            row.target = e.getValue();
            results.setVisible(false);
            resultsTitle.setVisible(false);
        });
        return select;
    }

    /** The flow nodes a case can wait at, by id, named as the model names them. */
    private Map<String, String> activities(String definitionId) {
        String xml = workbench.source(caller, definitionId).content();
        Map<String, String> found = new LinkedHashMap<>();
        Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getModelElementsByType(FlowNode.class).stream()
                .filter(n -> WAIT_STATES.contains(n.getElementType().getTypeName()))
                .forEach(n -> found.put(n.getId(), n.getName()));
        return found;
    }

    private static String activityLabel(Map<String, String> names, String id) {
        String name = names.get(id);
        return name == null || name.isBlank() ? id : name + " (" + id + ")";
    }

    private List<MigrationPlanView.Instruction> instructions() {
        return rows.stream().filter(r -> r.target != null)
                .map(r -> new MigrationPlanView.Instruction(r.source, r.target,
                        r.updateEventTrigger && Objects.equals(r.source, r.target)))
                .toList();
    }

    private void run(boolean forReal) {
        DeployedModel from = source.getValue();
        DeployedModel to = target.getValue();
        if (from == null || to == null) {
            return;
        }
        Ui.attempt(texts, () -> {
            List<InstanceMigration> outcome = forReal
                    ? migrations.execute(caller, from.definitionId(), to.definitionId(), instructions(), null)
                    : migrations.dryRun(caller, from.definitionId(), to.definitionId(), instructions(), null);
            executed = forReal;
            if (forReal) {
                refreshCounts(from, to);
            }
            results.setItems(outcome);
            results.setVisible(!outcome.isEmpty());
            resultsTitle.setVisible(true);
            long moved = outcome.stream().filter(forReal ? InstanceMigration::migrated : InstanceMigration::ok)
                    .count();
            resultsTitle.setText(outcome.isEmpty() ? texts.get("workbench.migration.noCases")
                    : texts.get(forReal ? "workbench.migration.executedTitle" : "workbench.migration.dryRunTitle",
                            moved, outcome.size()));
            resultsTitle.scrollIntoView();
            if (forReal) {
                Ui.success(texts.get("workbench.migration.executedTitle", moved, outcome.size()));
                rollBack.setVisible(moved > 0);
            }
        });
    }

    /** Running counts change with a migration: reload them, keeping the chosen versions. */
    private void refreshCounts(DeployedModel from, DeployedModel to) {
        loadModels();
        List<DeployedModel> versions = versions(key.getValue());
        List<Row> keep = rows;
        source.setItems(versions);
        target.setItems(versions);
        versions.stream().filter(v -> v.definitionId().equals(from.definitionId())).findFirst()
                .ifPresent(source::setValue);
        versions.stream().filter(v -> v.definitionId().equals(to.definitionId())).findFirst()
                .ifPresent(target::setValue);
        rows = keep;
        mapping.setItems(rows);
    }

    /** Migrating back: the same screen with source and target swapped, for a dry run first. */
    private void rollBack() {
        DeployedModel from = source.getValue();
        DeployedModel to = target.getValue();
        rollBack.setVisible(false);
        source.setValue(to);
        target.setValue(from);
        Ui.success(texts.get("workbench.migration.swapped"));
    }

    private Span outcome(InstanceMigration m) {
        if (!m.ok()) {
            Span refused = Ui.badge(texts.get("workbench.migration.refused") + ": "
                    + String.join("; ", m.problems()), "error");
            refused.getStyle().set("white-space", "normal");
            return refused;
        }
        if (!executed) {
            return Ui.badge(texts.get("workbench.migration.wouldMove"), "");
        }
        String seal = audit.caseTrail(m.businessKey() == null ? "" : m.businessKey()).stream()
                .filter(e -> "process.migrated".equals(e.fields().get("kind"))
                        && m.processInstanceId().equals(e.fields().get("processInstance")))
                .reduce((a, b) -> b).map(e -> " · " + texts.get("workbench.migration.sealed", e.seq())).orElse("");
        Span moved = Ui.badge(texts.get("workbench.migration.moved") + seal, "success");
        moved.addClassName("migration-moved");
        return moved;
    }
}

package org.socorg.platform.ui.workbench;

import org.socorg.platform.ui.workspace.Ui;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.ui.MainLayout;
import org.socorg.platform.ui.forms.Texts;
import org.socorg.platform.workbench.DeployedModel;
import org.socorg.platform.workbench.DraftStatus;
import org.socorg.platform.workbench.ModelDraft;
import org.socorg.platform.workbench.ModelKind;
import org.socorg.platform.workbench.Workbench;

/**
 * 分析工作台: every deployed process, decision and form in every version — who deployed and approved it, how many
 * cases run on it — to open in its editor or download as Camunda Modeler opens it; a Modeler file uploaded here
 * becomes a draft; and the analyst's own drafts with their status.
 */
@Route(value = "workbench", layout = MainLayout.class)
@RolesAllowed(Roles.ANALYST)
public class WorkbenchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Workbench workbench;
    private final CurrentUser currentUser;
    private final Texts texts = Ui.texts();
    private final Select<ModelKind> kind = new Select<>();
    private final TextField search = new TextField();
    private final Grid<DeployedModel> models = new Grid<>(DeployedModel.class, false);
    private final Div modelsEmpty = new Div();
    private final Grid<ModelDraft> drafts = new Grid<>(ModelDraft.class, false);
    private final Div draftsEmpty = new Div();
    private List<DeployedModel> all = List.of();
    private Caller caller;

    WorkbenchView(Workbench workbench, CurrentUser currentUser) {
        this.workbench = workbench;
        this.currentUser = currentUser;
        setSizeFull();

        kind.setId("workbench-filter-kind");
        kind.setLabel(texts.get("workbench.list.kind"));
        kind.setItems(ModelKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(texts.get("workbench.list.anyKind"));
        kind.setItemLabelGenerator(k -> k == null ? texts.get("workbench.list.anyKind")
                : texts.get("workbench.kind." + k.name()));
        kind.addValueChangeListener(e -> filter());
        search.setId("workbench-filter-text");
        search.setLabel(texts.get("workbench.list.search"));
        search.setPlaceholder(texts.get("workbench.list.searchHint"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filter());

        models.setId("workbench-models");
        models.getElement().setAttribute("aria-label", texts.get("workbench.list.models"));
        models.addThemeVariants(GridVariant.LUMO_COMPACT);
        models.addColumn(m -> texts.get("workbench.kind." + m.kind().name())).setHeader(texts.get("workbench.list.kind"))
                .setAutoWidth(true);
        models.addColumn(DeployedModel::key).setHeader(texts.get("workbench.list.key")).setAutoWidth(true)
                .setSortable(true);
        // the name takes what is left, so the version's people and running cases stay in view
        models.addColumn(m -> m.name() == null ? "—" : m.name()).setHeader(texts.get("workbench.list.name"))
                .setWidth("14em").setFlexGrow(1).setResizable(true);
        models.addColumn(DeployedModel::version).setHeader(texts.get("workbench.list.version")).setAutoWidth(true)
                .setSortable(true);
        models.addColumn(m -> Ui.time(m.deployedAt())).setHeader(texts.get("workbench.list.deployedAt"))
                .setAutoWidth(true);
        models.addColumn(m -> "system".equals(m.deployedBy()) ? texts.get("workbench.list.system") : m.deployedBy())
                .setHeader(texts.get("workbench.list.deployedBy")).setAutoWidth(true);
        models.addColumn(m -> m.approvedBy() == null ? "—" : m.approvedBy())
                .setHeader(texts.get("workbench.list.approvedBy")).setAutoWidth(true);
        models.addColumn(m -> m.kind() == ModelKind.BPMN ? String.valueOf(m.runningInstances()) : "—")
                .setHeader(texts.get("workbench.list.running")).setAutoWidth(true);
        models.addComponentColumn(this::modelActions).setHeader(texts.get("workbench.list.actions"))
                .setAutoWidth(true).setFrozenToEnd(true);
        models.setHeight("45vh");

        drafts.setId("workbench-drafts");
        drafts.getElement().setAttribute("aria-label", texts.get("workbench.drafts.title"));
        drafts.addThemeVariants(GridVariant.LUMO_COMPACT);
        drafts.addColumn(d -> WorkbenchUi.fileName(d.resourceName())).setHeader(texts.get("workbench.drafts.file"))
                .setAutoWidth(true);
        drafts.addColumn(d -> texts.get("workbench.kind." + d.kind().name()))
                .setHeader(texts.get("workbench.list.kind")).setAutoWidth(true);
        drafts.addColumn(d -> d.modelKey() == null ? "—" : d.modelKey()).setHeader(texts.get("workbench.list.key"))
                .setAutoWidth(true);
        drafts.addComponentColumn(d -> Ui.badge(texts.get("workbench.status." + d.status().name()),
                        d.status() == DraftStatus.REJECTED ? "error" : d.status() == DraftStatus.DEPLOYED ? "success" : ""))
                .setHeader(texts.get("workbench.drafts.status")).setAutoWidth(true);
        drafts.addColumn(d -> Ui.time(d.updatedAt())).setHeader(texts.get("workbench.drafts.updated"))
                .setAutoWidth(true);
        drafts.addComponentColumn(d -> {
            Button open = new Button(texts.get("workbench.list.open"),
                    e -> UI.getCurrent().navigate("workbench/draft/" + d.id()));
            open.addClassName("open-draft");
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.setAriaLabel(texts.get("workbench.list.open") + " " + WorkbenchUi.fileName(d.resourceName()));
            return open;
        }).setHeader(texts.get("workbench.list.actions")).setAutoWidth(true);
        drafts.setAllRowsVisible(true);

        modelsEmpty.setId("workbench-models-empty");
        draftsEmpty.setId("workbench-drafts-empty");
        HorizontalLayout filters = new HorizontalLayout(kind, search);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(texts.get("workbench.list.title")), new Paragraph(texts.get("workbench.list.intro")), filters,
                models, modelsEmpty, new H3(texts.get("workbench.import.title")),
                new Paragraph(texts.get("workbench.import.help")), upload(), new H3(texts.get("workbench.drafts.title")),
                drafts, draftsEmpty);
    }

    @Override
    public String getPageTitle() {
        return texts.get("workbench.list.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caller = currentUser.get().orElseThrow();
        Ui.attempt(texts, () -> all = workbench.models(caller));
        filter();
        refreshDrafts();
    }

    private void filter() {
        ModelKind k = kind.getValue();
        String text = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        List<DeployedModel> shown = all.stream().filter(m -> k == null || m.kind() == k)
                .filter(m -> text.isEmpty() || m.key().toLowerCase(Locale.ROOT).contains(text)
                        || (m.name() != null && m.name().toLowerCase(Locale.ROOT).contains(text)))
                .toList();
        models.setItems(shown);
        models.setVisible(!shown.isEmpty());
        modelsEmpty.removeAll();
        modelsEmpty.setVisible(shown.isEmpty());
        if (shown.isEmpty()) {
            modelsEmpty.add(Ui.empty(texts.get(all.isEmpty() ? "workbench.list.noneDeployed"
                    : "workbench.list.noneMatch")));
        }
    }

    private void refreshDrafts() {
        List<List<ModelDraft>> found = new java.util.ArrayList<>();
        Ui.attempt(texts, () -> found.add(workbench.drafts(caller, null).stream()
                .filter(d -> caller.id().equals(d.author())).toList()));
        List<ModelDraft> mine = found.isEmpty() ? List.of() : found.get(0);
        drafts.setItems(mine);
        drafts.setVisible(!mine.isEmpty());
        draftsEmpty.removeAll();
        draftsEmpty.setVisible(mine.isEmpty());
        if (mine.isEmpty()) {
            draftsEmpty.add(Ui.empty(texts.get("workbench.drafts.none")));
        }
    }

    private HorizontalLayout modelActions(DeployedModel m) {
        String label = m.key() + " v" + m.version();
        Button open = new Button(texts.get("workbench.list.open"),
                e -> UI.getCurrent().navigate("workbench/model/" + m.definitionId()));
        open.addClassName("open-model");
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        open.setAriaLabel(texts.get("workbench.list.open") + " " + label);
        String fileName = WorkbenchUi.fileName(m.resourceName());
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = workbench.source(caller, m.definitionId()).content().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName,
                    m.kind() == ModelKind.FORM ? "application/json" : "application/xml", bytes.length);
        }), texts.get("workbench.list.download"));
        download.addClassName("download-model");
        download.getElement().setAttribute("download", fileName);
        download.getElement().setAttribute("aria-label", texts.get("workbench.list.download") + " " + label);
        HorizontalLayout row = new HorizontalLayout(open, download);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        return row;
    }

    private Upload upload() {
        UI ui = UI.getCurrent();
        Upload[] self = new Upload[1];
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            String refusal = ModelFiles.refusal(metadata.fileName(), bytes);
            if (refusal != null) {
                // the transfer worked, the file did not: no tick next to it, so the next try starts clean
                self[0].clearFileList();
                Ui.error(texts.get(refusal, metadata.fileName()));
                return;
            }
            Ui.attempt(texts, () -> {
                ModelDraft draft = workbench.createDraft(caller, metadata.fileName(), ModelFiles.text(bytes), null);
                Ui.success(texts.get("workbench.import.done", WorkbenchUi.fileName(draft.resourceName())));
                ui.navigate("workbench/draft/" + draft.id());
            });
        })));
        self[0] = upload;
        upload.setId("workbench-import");
        upload.setAcceptedFileTypes(ModelFiles.EXTENSIONS.toArray(String[]::new));
        upload.setMaxFileSize(ModelFiles.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> Ui.error(texts.get("workbench.import.rejected")));
        upload.getElement().setAttribute("aria-label", texts.get("workbench.import.title"));
        upload.setI18n(Ui.uploadTexts(texts, "workbench.import.add", "workbench.import.drop",
                "workbench.import.rejected", "workbench.import.rejected", "workbench.import.rejected"));
        return upload;
    }
}

package org.socorg.platform.ui.workbench;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.ui.MainLayout;
import org.socorg.platform.workbench.Workbench;

@Route(value = "workbench/model/:definitionId", layout = MainLayout.class)
@RolesAllowed(Roles.ANALYST)
public class ModelEditorView extends VerticalLayout implements BeforeEnterObserver {

    private final Workbench workbench;
    private final CurrentUser currentUser;
    private final BpmnEditor editor = new BpmnEditor();

    ModelEditorView(Workbench workbench, CurrentUser currentUser) {
        this.workbench = workbench;
        this.currentUser = currentUser;
        setSizeFull();
        editor.setId("bpmn-editor");
        add(new H2("BPMN"), editor);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("definitionId").orElseThrow();
        var source = workbench.source(currentUser.get().orElseThrow(), id);
        editor.getElement().callJsFunction("importXml", source.content());
    }
}

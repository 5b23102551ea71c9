package org.socorg.platform.ui.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;
import org.socorg.platform.workbench.ElementChange;

/**
 * A read-only BPMN diagram with the diff's elements coloured (front-end: {@code frontend/workbench/socorg-bpmn-viewer.js}).
 */
@Tag("socorg-bpmn-viewer")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@JsModule("./workbench/socorg-bpmn-viewer.js")
@CssImport("./workbench/workbench.css")
public class BpmnViewer extends Component implements com.vaadin.flow.component.HasSize {

    public BpmnViewer() {
        setWidthFull();
        setHeight("340px");
    }

    /** Draws {@code xml} and colours {@code changes} on it. */
    public void show(String xml, List<ElementChange> changes) {
        JsonArray marks = Json.createArray();
        for (ElementChange change : changes) {
            JsonObject mark = Json.createObject();
            mark.put("elementId", change.elementId());
            mark.put("change", change.change().name());
            marks.set(marks.length(), mark);
        }
        getElement().executeJs("this.importXml($0).then(() => this.showChanges($1))", xml, marks);
    }
}

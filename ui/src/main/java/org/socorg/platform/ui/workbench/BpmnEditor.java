package org.socorg.platform.ui.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.page.PendingJavaScriptResult;
import elemental.json.JsonArray;
import org.socorg.platform.workbench.ModelKind;

/**
 * bpmn-js with the Camunda 7 properties panel and bpmnlint for Camunda 7.24 (front-end:
 * {@code frontend/workbench/socorg-bpmn-editor.js}, {@code socorg-bpmn-lint.js}).
 */
@Tag("socorg-bpmn-editor")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@NpmPackage(value = "bpmn-js-properties-panel", version = "5.65.3")
@NpmPackage(value = "@bpmn-io/properties-panel", version = "3.55.0")
@NpmPackage(value = "camunda-bpmn-moddle", version = "7.0.1")
@NpmPackage(value = "camunda-bpmn-js-behaviors", version = "1.18.0")
// bpmnlint 12 needs a package the registry here does not serve; 11.15 is the last of the 11 line
@NpmPackage(value = "bpmnlint", version = "11.15.0")
@NpmPackage(value = "bpmnlint-plugin-camunda-compat", version = "2.61.0")
@JsModule("./workbench/socorg-bpmn-editor.js")
@CssImport("./workbench/workbench.css")
public class BpmnEditor extends Component implements ModelEditor {

    public BpmnEditor() {
        setId("bpmn-editor");
    }

    @Override
    public ModelKind kind() {
        return ModelKind.BPMN;
    }

    @Override
    public PendingJavaScriptResult load(String content) {
        return getElement().callJsFunction("importXml", content);
    }

    @Override
    public PendingJavaScriptResult save() {
        return getElement().callJsFunction("saveXml");
    }

    @Override
    public PendingJavaScriptResult lint() {
        return getElement().callJsFunction("lint");
    }

    @Override
    public void showProblems(JsonArray problems) {
        getElement().callJsFunction("showProblems", problems);
    }

    @Override
    public Component component() {
        return this;
    }
}

package org.socorg.platform.ui.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.page.PendingJavaScriptResult;
import elemental.json.JsonArray;
import org.socorg.platform.workbench.ModelKind;

/** form-js's editor for Camunda Forms (front-end: {@code socorg-form-editor.js}). */
@Tag("socorg-form-editor")
@NpmPackage(value = "@bpmn-io/form-js-editor", version = "1.23.0")
@NpmPackage(value = "@bpmn-io/form-js-viewer", version = "1.23.0")
@JsModule("./workbench/socorg-form-editor.js")
@CssImport("./workbench/workbench.css")
public class FormEditor extends Component implements ModelEditor {

    public FormEditor() {
        setId("form-editor");
    }

    @Override
    public ModelKind kind() {
        return ModelKind.FORM;
    }

    @Override
    public PendingJavaScriptResult load(String content) {
        return getElement().callJsFunction("importSchema", content);
    }

    @Override
    public PendingJavaScriptResult save() {
        return getElement().callJsFunction("saveSchema");
    }

    @Override
    public PendingJavaScriptResult lint() {
        return getElement().executeJs("return []");
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

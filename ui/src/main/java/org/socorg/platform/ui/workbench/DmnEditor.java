package org.socorg.platform.ui.workbench;

import org.socorg.platform.ui.workspace.Ui;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.page.PendingJavaScriptResult;
import elemental.json.JsonArray;
import org.socorg.platform.workbench.ModelKind;

/** dmn-js with decision-table editing and the Camunda 7 extensions (front-end: {@code socorg-dmn-editor.js}). */
@Tag("socorg-dmn-editor")
@NpmPackage(value = "dmn-js", version = "17.10.2")
@NpmPackage(value = "camunda-dmn-moddle", version = "1.3.1")
@JsModule("./workbench/socorg-dmn-editor.js")
@CssImport("./workbench/workbench.css")
public class DmnEditor extends Component implements ModelEditor {

    public DmnEditor() {
        setId("dmn-editor");
        var texts = Ui.texts();
        getElement().setAttribute("data-label-drd", texts.get("workbench.dmn.drd"));
        getElement().setAttribute("data-label-table", texts.get("workbench.dmn.table"));
        getElement().setAttribute("data-label-expression", texts.get("workbench.dmn.expression"));
    }

    @Override
    public ModelKind kind() {
        return ModelKind.DMN;
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

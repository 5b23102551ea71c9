package org.socorg.platform.ui.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.page.PendingJavaScriptResult;
import elemental.json.JsonArray;
import org.socorg.platform.workbench.ModelKind;

/**
 * What the editor view asks of each browser editor (BPMN, DMN, form): open a model's text, give it back, lint it
 * in the browser, and mark problems on it. Each is a light-DOM custom element with the same small API.
 */
interface ModelEditor {

    ModelKind kind();

    /** Opens the model's text (XML, or a form's JSON); resolves with the import warnings. */
    PendingJavaScriptResult load(String content);

    /** Resolves with the edited model's text. */
    PendingJavaScriptResult save();

    /** Resolves with the browser's findings [{elementId, rule, severity, message}]; none for kinds without a linter. */
    PendingJavaScriptResult lint();

    /** Marks [{elementId, message}] on the model. */
    void showProblems(JsonArray problems);

    Component component();

    static ModelEditor of(ModelKind kind) {
        return switch (kind) {
            case BPMN -> new BpmnEditor();
            case DMN -> new DmnEditor();
            case FORM -> new FormEditor();
        };
    }
}

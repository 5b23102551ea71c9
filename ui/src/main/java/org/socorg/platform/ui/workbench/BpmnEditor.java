package org.socorg.platform.ui.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/** bpmn-js with the Camunda 7 properties panel (front-end: {@code frontend/workbench/socorg-bpmn-editor.js}). */
@Tag("socorg-bpmn-editor")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@NpmPackage(value = "bpmn-js-properties-panel", version = "5.65.3")
@NpmPackage(value = "@bpmn-io/properties-panel", version = "3.55.0")
@NpmPackage(value = "camunda-bpmn-moddle", version = "7.0.1")
@NpmPackage(value = "camunda-bpmn-js-behaviors", version = "1.18.0")
@JsModule("./workbench/socorg-bpmn-editor.js")
@CssImport("./workbench/workbench.css")
public class BpmnEditor extends Component {
}

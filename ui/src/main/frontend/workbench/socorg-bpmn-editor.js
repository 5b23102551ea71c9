// The BPMN editor of the analyst workbench: bpmn-js with the Camunda 7 properties panel, in light DOM so bpmn-js's
// own style sheets apply. The Vaadin view talks to it through importXml / saveXml / showProblems / showChanges.
import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import { lint } from './socorg-bpmn-lint.js';
import { escapeCarriageReturns, resolvePrefixClashes } from './socorg-xml-text.js';

class SocorgBpmnEditor extends HTMLElement {
  connectedCallback() {
    if (this.modeler) {
      return;
    }
    this.style.display = 'flex';
    this.style.width = '100%';
    this.style.height = this.style.height || '70vh';
    this.canvasEl = document.createElement('div');
    this.canvasEl.className = 'socorg-bpmn-canvas';
    this.canvasEl.style.flex = '1 1 auto';
    this.canvasEl.style.border = '1px solid var(--lumo-contrast-20pct)';
    this.panelEl = document.createElement('div');
    this.panelEl.className = 'socorg-bpmn-panel';
    this.panelEl.style.width = '320px';
    this.panelEl.style.overflow = 'auto';
    this.panelEl.style.borderLeft = '1px solid var(--lumo-contrast-20pct)';
    this.append(this.canvasEl, this.panelEl);
    this.modeler = new BpmnModeler({
      container: this.canvasEl,
      propertiesPanel: { parent: this.panelEl },
      additionalModules: [
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        CamundaPlatformPropertiesProviderModule,
        CamundaBehaviorsModule
      ],
      moddleExtensions: { camunda: camundaModdle }
    });
    this.modeler.on('commandStack.changed', () => this.dispatchEvent(new CustomEvent('model-changed')));
    if (this.pendingXml) {
      this.importXml(this.pendingXml);
    }
  }

  /** Opens a model; resolves with the import warnings, rejects with the parser's message. */
  async importXml(xml) {
    if (!this.modeler) {
      this.pendingXml = xml;
      return [];
    }
    try {
      const result = await this.modeler.importXML(resolvePrefixClashes(xml));
      this.modeler.get('canvas').zoom('fit-viewport');
      this.dispatchEvent(new CustomEvent('model-imported', { detail: { warnings: result.warnings.length } }));
      // what the editor could not read (an unresolvable reference, an unknown element) is left out when it
      // writes the model back: the view tells the analyst, naming the element
      // the platform hands the editor text it has decoded already: the file's declared encoding no longer matters
      return result.warnings.filter(w => !/unsupported document encoding/.test(w.message))
        .map(w => ({ message: w.message, elementId: (w.element && w.element.id) || null }));
    } catch (e) {
      this.dispatchEvent(new CustomEvent('model-import-failed', { detail: { message: e.message } }));
      throw e;
    }
  }

  async saveXml() {
    const { xml } = await this.modeler.saveXML({ format: true });
    return escapeCarriageReturns(xml);
  }

  /** bpmnlint's findings for Camunda 7.24: [{elementId, rule, severity, message}]. */
  async lint() {
    return lint(this.modeler.getDefinitions());
  }

  /** Marks the elements with problems: [{elementId, message, severity}]. */
  showProblems(problems) {
    const overlays = this.modeler.get('overlays');
    const canvas = this.modeler.get('canvas');
    const registry = this.modeler.get('elementRegistry');
    overlays.remove({ type: 'socorg-problem' });
    (this.problemIds || []).forEach(id => registry.get(id) && canvas.removeMarker(id, 'socorg-problem'));
    this.problemIds = [];
    for (const p of problems || []) {
      if (!p.elementId || !registry.get(p.elementId)) {
        continue;
      }
      canvas.addMarker(p.elementId, 'socorg-problem');
      this.problemIds.push(p.elementId);
      const badge = document.createElement('div');
      badge.className = 'socorg-problem-badge';
      badge.setAttribute('role', 'note');
      badge.title = p.message;
      badge.textContent = '!';
      overlays.add(p.elementId, 'socorg-problem', { position: { top: -10, right: 10 }, html: badge });
    }
  }

  /** Colours added / changed / removed elements of a diff: [{elementId, change}] with change ADDED|CHANGED|REMOVED. */
  showChanges(changes) {
    const canvas = this.modeler.get('canvas');
    const registry = this.modeler.get('elementRegistry');
    for (const c of changes || []) {
      if (c.elementId && registry.get(c.elementId)) {
        canvas.addMarker(c.elementId, 'socorg-' + String(c.change).toLowerCase());
      }
    }
  }
}

if (!customElements.get('socorg-bpmn-editor')) {
  customElements.define('socorg-bpmn-editor', SocorgBpmnEditor);
}

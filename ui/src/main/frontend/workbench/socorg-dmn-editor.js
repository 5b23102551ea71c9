// The DMN editor of the analyst workbench: dmn-js (decision requirements diagram, decision tables, literal
// expressions) with the Camunda 7 extensions, in light DOM so dmn-js's own style sheets apply. Same small API as
// the BPMN editor: importXml / saveXml / showProblems.
import DmnModeler from 'dmn-js/lib/Modeler';
import camundaDmnModdle from 'camunda-dmn-moddle/resources/camunda.json';
import 'dmn-js/dist/assets/diagram-js.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-js-boxed-expression.css';
import 'dmn-js/dist/assets/dmn-js-boxed-expression-controls.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css';

class SocorgDmnEditor extends HTMLElement {
  connectedCallback() {
    if (this.modeler) {
      return;
    }
    this.style.display = 'flex';
    this.style.flexDirection = 'column';
    this.style.width = '100%';
    this.style.height = this.style.height || '70vh';
    // one tab per view of the model (diagram, each decision's table), as Camunda Modeler shows them
    this.tabsEl = document.createElement('div');
    this.tabsEl.className = 'socorg-dmn-tabs';
    this.tabsEl.setAttribute('role', 'tablist');
    this.canvasEl = document.createElement('div');
    this.canvasEl.className = 'socorg-dmn-canvas';
    this.canvasEl.style.flex = '1 1 auto';
    this.canvasEl.style.overflow = 'auto';
    this.canvasEl.style.border = '1px solid var(--lumo-contrast-20pct)';
    this.append(this.tabsEl, this.canvasEl);
    this.modeler = new DmnModeler({
      container: this.canvasEl,
      moddleExtensions: { camunda: camundaDmnModdle }
    });
    this.modeler.on('views.changed', () => this.renderTabs());
    this.modeler.on('views.changed', () => this.markProblems());
    if (this.pendingXml) {
      this.importXml(this.pendingXml);
    }
  }

  renderTabs() {
    const active = this.modeler.getActiveView();
    this.tabsEl.replaceChildren(...this.modeler.getViews().map(view => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.className = 'socorg-dmn-tab';
      tab.setAttribute('role', 'tab');
      const isActive = active && active.element === view.element;
      tab.setAttribute('aria-selected', String(isActive));
      // the view names come from the Vaadin side in the user's language (data-label-* attributes)
      const kind = this.dataset[view.type === 'drd' ? 'labelDrd' : view.type === 'decisionTable' ? 'labelTable'
        : 'labelExpression'] || view.type;
      tab.textContent = (view.element.name || view.element.id) + ' · ' + kind;
      tab.addEventListener('click', () => this.modeler.open(view));
      return tab;
    }));
  }

  /** Opens a model; resolves with the import warnings, rejects with the parser's message. */
  async importXml(xml) {
    if (!this.modeler) {
      this.pendingXml = xml;
      return [];
    }
    try {
      const result = await this.modeler.importXML(xml);
      // open the first decision table, the view an analyst edits most; the diagram stays a tab away
      const table = this.modeler.getViews().find(v => v.type === 'decisionTable');
      if (table) {
        await this.modeler.open(table);
      }
      this.renderTabs();
      this.dispatchEvent(new CustomEvent('model-imported', { detail: { warnings: result.warnings.length } }));
      return result.warnings.filter(w => !/unsupported document encoding/.test(w.message))
        .map(w => ({ message: w.message, elementId: (w.element && w.element.id) || null }));
    } catch (e) {
      this.dispatchEvent(new CustomEvent('model-import-failed', { detail: { message: e.message } }));
      throw e;
    }
  }

  async saveXml() {
    const { xml } = await this.modeler.saveXML({ format: true });
    return xml;
  }

  /** Marks the elements with problems ([{elementId, message}]) in whichever view is open. */
  showProblems(problems) {
    this.problems = problems || [];
    this.markProblems();
  }

  markProblems() {
    const viewer = this.modeler.getActiveViewer();
    if (!viewer) {
      return;
    }
    this.querySelectorAll('.socorg-problem-cell').forEach(el => el.classList.remove('socorg-problem-cell'));
    const ids = (this.problems || []).map(p => p.elementId).filter(Boolean);
    let canvas = null;
    try {
      canvas = viewer.get('canvas', false);
    } catch (e) {
      canvas = null;
    }
    if (canvas && canvas.addMarker) {
      const registry = viewer.get('elementRegistry');
      (this.markedIds || []).forEach(id => registry.get(id) && canvas.removeMarker(id, 'socorg-problem'));
      this.markedIds = ids.filter(id => registry.get(id));
      this.markedIds.forEach(id => canvas.addMarker(id, 'socorg-problem'));
      return;
    }
    // tables: rows, columns and cells carry their element's id
    for (const id of ids) {
      const safe = CSS.escape(id);
      this.querySelectorAll(`[data-row-id="${safe}"], [data-col-id="${safe}"], [data-element-id="${safe}"]`)
        .forEach(el => el.classList.add('socorg-problem-cell'));
    }
  }
}

if (!customElements.get('socorg-dmn-editor')) {
  customElements.define('socorg-dmn-editor', SocorgDmnEditor);
}

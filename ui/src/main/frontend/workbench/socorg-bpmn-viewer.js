// A read-only BPMN diagram for the four-eyes review: bpmn-js's NavigatedViewer (pan and zoom, no editing), in light
// DOM like the editor so bpmn-js's style sheets apply. The review view calls importXml and showChanges.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';

class SocorgBpmnViewer extends HTMLElement {
  connectedCallback() {
    if (this.viewer) {
      return;
    }
    this.style.display = 'block';
    this.style.height = this.style.height || '420px';
    this.style.border = '1px solid var(--lumo-contrast-20pct)';
    this.viewer = new NavigatedViewer({ container: this });
    if (this.pendingXml) {
      const xml = this.pendingXml;
      this.pendingXml = null;
      this.importXml(xml).then(() => this.showChanges(this.pendingChanges));
    }
  }

  /** Shows a model; resolves once it is drawn. */
  async importXml(xml) {
    if (!this.viewer) {
      this.pendingXml = xml;
      return;
    }
    try {
      await this.viewer.importXML(xml);
      this.viewer.get('canvas').zoom('fit-viewport');
      this.dataset.imported = 'true';
      this.dispatchEvent(new CustomEvent('model-imported'));
    } catch (e) {
      this.dataset.imported = 'failed';
      this.dispatchEvent(new CustomEvent('model-import-failed', { detail: { message: e.message } }));
    }
  }

  /** Colours the elements of a diff: [{elementId, change}] with change ADDED|CHANGED|REMOVED. */
  showChanges(changes) {
    this.pendingChanges = changes;
    if (!this.viewer || this.dataset.imported !== 'true') {
      return;
    }
    const canvas = this.viewer.get('canvas');
    const registry = this.viewer.get('elementRegistry');
    for (const c of changes || []) {
      if (c.elementId && registry.get(c.elementId)) {
        canvas.addMarker(c.elementId, 'socorg-' + String(c.change).toLowerCase());
      }
    }
  }
}

if (!customElements.get('socorg-bpmn-viewer')) {
  customElements.define('socorg-bpmn-viewer', SocorgBpmnViewer);
}

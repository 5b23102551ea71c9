// The form editor of the analyst workbench: form-js's editor (Camunda Forms, as Camunda 7 deploys them), in light
// DOM so its style sheets apply. API: importSchema(json text) / saveSchema() (json text) / showProblems.
import { FormEditor } from '@bpmn-io/form-js-editor';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js-editor/dist/assets/properties-panel.css';

class SocorgFormEditor extends HTMLElement {
  connectedCallback() {
    if (this.editor) {
      return;
    }
    this.style.display = 'block';
    this.style.width = '100%';
    this.style.height = this.style.height || '70vh';
    this.style.overflow = 'auto';
    this.style.border = '1px solid var(--lumo-contrast-20pct)';
    this.containerEl = document.createElement('div');
    this.containerEl.className = 'socorg-form-canvas';
    this.containerEl.style.height = '100%';
    this.append(this.containerEl);
    this.editor = new FormEditor({ container: this.containerEl });
    if (this.pendingSchema) {
      this.importSchema(this.pendingSchema);
    }
  }

  /** Opens a form (its JSON as text); resolves with the import warnings, rejects with the parser's message. */
  async importSchema(text) {
    if (!this.editor) {
      this.pendingSchema = text;
      return [];
    }
    try {
      const result = await this.editor.importSchema(JSON.parse(text));
      this.dispatchEvent(new CustomEvent('model-imported', { detail: { warnings: result.warnings.length } }));
      return result.warnings.map(w => ({ message: w.message || String(w), elementId: null }));
    } catch (e) {
      this.dispatchEvent(new CustomEvent('model-import-failed', { detail: { message: e.message } }));
      throw e;
    }
  }

  async saveSchema() {
    return JSON.stringify(this.editor.saveSchema(), null, 2);
  }

  /** Marks the fields with problems ([{elementId, message}]): a form problem names the field's key or id. */
  showProblems(problems) {
    this.querySelectorAll('.socorg-problem-cell').forEach(el => el.classList.remove('socorg-problem-cell'));
    const registry = this.editor.get('formFieldRegistry');
    for (const p of problems || []) {
      if (!p.elementId) {
        continue;
      }
      const field = registry.getAll().find(f => f.id === p.elementId || f.key === p.elementId);
      if (field) {
        const el = this.querySelector(`[data-id="${CSS.escape(field.id)}"]`);
        if (el) {
          el.classList.add('socorg-problem-cell');
          el.title = p.message;
        }
      }
    }
  }
}

if (!customElements.get('socorg-form-editor')) {
  customElements.define('socorg-form-editor', SocorgFormEditor);
}

import type { ReactiveControllerHost } from 'lit';
import { loadPanel } from './load-panel.js';

/**
 * The chat panel's elements (the message list and the visitor's composer), loaded the first time the panel opens: until then
 * the panel's body is not rendered, so loading the page costs little.
 */
export class PanelLoader {
  /** The elements are defined: the panel's body renders. */
  shown = false;
  /** The elements could not be loaded: the panel says so, and the next opening tries again. */
  failed = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Loads the elements (once); the host renders again when they are defined, or when they could not be loaded. */
  async load(): Promise<void> {
    if (this.shown) return;
    if (customElements.get('parley-visitor-composer') && customElements.get('parley-message-list')) {
      // Loaded already (by another opening, or by the inbox on the same page): no need to wait.
      this.shown = true;
      return;
    }
    try {
      await loadPanel();
      this.shown = true;
      this.failed = false;
    } catch {
      // Offline, or the server is gone.
      this.failed = true;
    }
    this.host.requestUpdate();
  }
}

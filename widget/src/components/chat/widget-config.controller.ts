import type { ReactiveController, ReactiveElement } from 'lit';
import { fetchConfig, type WidgetConfig } from './widget-config.js';

/**
 * The store's configuration of the widget (design, FAQs, links, business hours), asked for once per page and again
 * when the store changes it, and its design worn under anything the page sets (`--parley-accent`, `position`).
 */
export class WidgetConfigController implements ReactiveController {
  /** Undefined until asked, null when it could not be had. */
  value?: WidgetConfig | null;
  #asked = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly server: () => string,
    /** The visitor's language tag: the store's texts come in it where the store wrote them in it. */
    private readonly language: () => string,
    /** The design the page (or the settings' preview) sets over the server's. */
    private readonly design: () => { colour?: string; position?: string },
  ) {
    host.addController(this);
  }

  /** Asks the server, unless asked already; answers the configuration, or undefined when asked already. */
  async load(): Promise<WidgetConfig | null | undefined> {
    if (this.#asked) return undefined;
    this.#asked = true;
    this.value = await fetchConfig(this.server(), this.language());
    this.host.requestUpdate();
    return this.value;
  }

  /** The store changed its settings: asks again. */
  reload(): Promise<WidgetConfig | null | undefined> {
    this.#asked = false;
    return this.load();
  }

  hostUpdate(): void {
    const design = this.design();
    const colour = design.colour ?? this.value?.colour;
    if (colour) this.host.style.setProperty('--_config-accent', colour);
    this.host.toggleAttribute('data-left', (design.position ?? this.value?.position) === 'left');
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InboxStore } from './inbox-store.js';

/** Renders its host again whenever the {@link InboxStore} it is given (as a property) changes. */
export class StoreController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #store: () => InboxStore | undefined;
  #watched?: InboxStore;
  readonly #onChange = () => this.#host.requestUpdate();

  constructor(host: ReactiveControllerHost, store: () => InboxStore | undefined) {
    this.#host = host;
    this.#store = store;
    host.addController(this);
  }

  hostConnected(): void {
    this.#watch(this.#store());
  }

  hostUpdate(): void {
    // The host may have been handed another store.
    this.#watch(this.#store());
  }

  hostDisconnected(): void {
    this.#watch(undefined);
  }

  #watch(store: InboxStore | undefined): void {
    if (store === this.#watched) return;
    this.#watched?.removeEventListener('change', this.#onChange);
    this.#watched = store;
    store?.addEventListener('change', this.#onChange);
  }
}

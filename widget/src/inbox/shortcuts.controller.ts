import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a key does; return false when it did nothing (then the key goes on as usual). */
export type Shortcuts = Record<string, () => unknown>;

/**
 * Single-key shortcuts of the inbox (`j`, `k`, `r`, `e`, `s`, `u`, `/`, `?`): each element registers the keys that
 * act on it, for as long as it is on the page. Keys typed in a field, or with Ctrl, Meta or Alt, are left alone.
 */
export class ShortcutsController implements ReactiveController {
  readonly #keys: () => Shortcuts;
  readonly #onKey = (e: KeyboardEvent) => this.#key(e);

  constructor(host: ReactiveControllerHost, keys: () => Shortcuts) {
    this.#keys = keys;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.#onKey);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.#onKey);
  }

  #key(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    const target = e.composedPath()[0] as HTMLElement | undefined;
    if (target?.closest?.('input, textarea, select, [contenteditable]') || target?.isContentEditable) return;
    const move = this.#keys()[e.key];
    if (!move || move() === false) return;
    e.preventDefault();
  }
}

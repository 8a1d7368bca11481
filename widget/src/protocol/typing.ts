/** How long a typing indicator stays up after the last `typing` frame. */
export const TYPING_SHOWN_MS = 5000;

/** Least time between two `typing` frames a client sends. */
export const TYPING_EVERY_MS = 3000;

/** Who is typing, by conversation: a name stays for {@link TYPING_SHOWN_MS} after its last `typing` frame. */
export class Typists {
  #names = new Map<string, string>();
  #timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly changed: () => void,
    private readonly shownMs = TYPING_SHOWN_MS,
  ) {}

  get(key: string): string | undefined {
    return this.#names.get(key);
  }

  set(key: string, name: string): void {
    clearTimeout(this.#timers.get(key));
    this.#timers.set(
      key,
      setTimeout(() => this.clear(key), this.shownMs),
    );
    if (this.#names.get(key) === name) return;
    this.#names.set(key, name);
    this.changed();
  }

  clear(key: string): void {
    clearTimeout(this.#timers.get(key));
    if (this.#names.delete(key)) this.changed();
  }
}

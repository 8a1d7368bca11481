import type { ReactiveController, ReactiveElement } from 'lit';

/** The red dot drawn over the page's icon while tickets are unread (an SVG circle, URL-encoded for a data URL). */
const DOT = "%3Ccircle cx='19' cy='5' r='5' fill='%23d92d20' stroke='white' stroke-width='1.5'/%3E";
const SVG_END = '%3C/svg%3E';

/**
 * Shows the unread tickets where an agent sees them from another tab: the count before the page's title
 * ("(3) Inbox · Parley", "(99+) …") and a red dot on the page's icon when the icon is an inline SVG (Parley's own
 * inbox page). Both go back to the page's own once nothing is unread, the agent signs out or the inbox leaves the page.
 */
export class TabTitleController implements ReactiveController {
  #title?: string;
  #icon?: HTMLLinkElement;
  #iconHref?: string;
  #shown?: number;

  constructor(
    host: ReactiveElement,
    /** The unread tickets now; undefined while signed out. */
    private readonly unread: () => number | undefined,
    private readonly max = 99,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#title = document.title;
    this.#icon = document.querySelector<HTMLLinkElement>('link[rel~="icon"]') ?? undefined;
    this.#iconHref = this.#icon?.getAttribute('href') ?? undefined;
    this.#shown = undefined;
  }

  hostUpdated(): void {
    const unread = this.unread() ?? 0;
    if (unread === this.#shown) return;
    this.#shown = unread;
    const title = this.#title ?? '';
    document.title = unread ? `(${unread > this.max ? `${this.max}+` : unread}) ${title}` : title;
    const href = this.#iconHref;
    if (this.#icon && href?.startsWith('data:image/svg+xml,') && href.endsWith(SVG_END))
      this.#icon.setAttribute('href', unread ? href.slice(0, -SVG_END.length) + DOT + SVG_END : href);
  }

  hostDisconnected(): void {
    if (this.#title !== undefined) document.title = this.#title;
    if (this.#icon && this.#iconHref !== undefined) this.#icon.setAttribute('href', this.#iconHref);
    this.#shown = undefined;
  }
}

import type { ReactiveControllerHost } from 'lit';

/**
 * Ending a chat: the visitor's "End chat" with its confirmation bar, the conversation closed for good (by either
 * side), and a new conversation after it, which starts as the first one did.
 */
export class ChatEnding {
  /** The confirmation bar is open. */
  confirming = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly chat: {
      /** Ends the conversation on the server, when there is one and the connection is ready. */
      end: () => void;
      /** Leaves the closed conversation, keeping the visitor token: the next message starts a new one. */
      startNew: () => void;
      /** Puts the FAQs first again, for when the store has some. */
      browseAgain: () => void;
      /** The FAQs are on screen instead of the conversation. */
      browsing: () => boolean;
      /** Whether the focus is in the composer (or the form in its place), or nowhere: "Start a new chat" may take it. */
      composerFocused: () => boolean;
      /** Moves focus to the first element of the panel that matches; the composer for `composer`. */
      focus: (selector: string) => void;
    },
  ) {}

  /** Opens or closes the confirmation bar, with the focus on its last button or back on "End chat". */
  async confirm(on: boolean): Promise<void> {
    this.confirming = on;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.chat.focus(on ? '.bar button:last-child' : '.end');
  }

  end(): void {
    this.chat.end();
  }

  /** The conversation is closed for good: "Start a new chat" takes the place of the composer (and its focus). */
  closed(): void {
    const hadFocus = this.chat.composerFocused();
    this.confirming = false;
    this.host.requestUpdate();
    if (hadFocus) void this.host.updateComplete.then(() => this.chat.focus('.ended button'));
  }

  /** A new conversation starts as the first one did: with the FAQs while the store has some, then live. */
  async startNew(): Promise<void> {
    this.chat.browseAgain();
    this.chat.startNew();
    await this.host.updateComplete;
    this.chat.focus(this.chat.browsing() ? '.faqs button' : 'composer');
  }
}

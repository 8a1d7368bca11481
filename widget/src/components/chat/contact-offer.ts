import type { ReactiveControllerHost } from 'lit';
import type { ServerFrame } from '../../protocol/messages.js';
import type { VisitorRecord } from './visitor-store.js';

/**
 * The widget's side of the offer to leave an email address while the team is away: what the server said of the
 * visitor's address, and the `contact` frame. The prompt itself, `<parley-email-prompt>`, is in the panel's module:
 * it decides when to ask and keeps the visitor's answer in their record.
 */
export class ContactOffer {
  /** The server has an address for the visitor (said in `ready` and in the answer to `contact`). */
  known = false;
  /** A `contact` was sent and not answered yet. */
  sending = false;
  /** The server's last answer: the address it keeps, or why it refused one; a new object each time. */
  answer?: { email?: string; error?: string };

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly record: () => VisitorRecord,
    readonly persist: () => void,
    private readonly send: (frame: { type: 'contact'; email: string }) => boolean,
  ) {}

  /**
   * Takes the frames about the visitor's address.
   *
   * @returns whether the frame was the answer to a `contact`
   */
  receive(frame: ServerFrame): boolean {
    if (frame.type === 'ready') this.known = !!frame.emailKnown;
    // Frames are answered in order: an error without a message id while a `contact` waits is its answer.
    else if (frame.type === 'contact' || (frame.type === 'error' && this.sending && !frame.clientMessageId)) {
      this.sending = false;
      if (frame.type === 'contact') this.known = frame.emailKnown;
      this.answer = frame.type === 'contact' ? { email: frame.email } : { error: frame.code };
      this.host.requestUpdate();
      return true;
    }
    return false;
  }

  /** Sends the address; without a connection the prompt says it could not. */
  give(email: string): void {
    this.sending = this.send({ type: 'contact', email });
    if (!this.sending) this.answer = { error: 'offline' };
    this.host.requestUpdate();
  }
}

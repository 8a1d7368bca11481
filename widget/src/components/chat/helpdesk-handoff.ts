import type { ReactiveControllerHost } from 'lit';
import type { ClientFrame, ServerFrame } from '../../protocol/messages.js';

/**
 * The widget's side of a handoff to the store's helpdesk, which answers by email: while the conversation's stage is
 * `handoff_email` the visitor gives the address it is to reply to (`handoff_email`), or chats here instead (`live`).
 * The form is `<parley-email-prompt mode="handoff">`, in the panel's module.
 */
export class HelpdeskHandoff {
  /** A frame was sent and not answered yet. */
  sending = false;
  /** Why the server refused the last frame (`offline` when it could not be sent); a new object each time. */
  answer?: { error: string };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly chat: {
      /** The conversation waiting for the address. */
      conversationId: () => string | undefined;
      /** Sends a frame on the ready connection; false without one. */
      send: (frame: ClientFrame) => boolean;
      /** Connects again, for `ready` to say the conversation's stage. */
      resync: () => void;
    },
  ) {}

  /** Passes the question on to the helpdesk with the visitor's address; without an address, the visitor chats here. */
  give(email?: string): void {
    const conversationId = this.chat.conversationId();
    this.sending =
      !!conversationId &&
      this.chat.send(email ? { type: 'handoff_email', conversationId, email } : { type: 'live', conversationId });
    if (!this.sending) this.answer = { error: 'offline' };
    this.host.requestUpdate();
  }

  /**
   * Notes the answer to the frame sent, which goes on to the conversation too: the changed conversation, or a refusal
   * (frames are answered in order: an error without a message id while one waits is its answer).
   */
  receive(frame: ServerFrame): void {
    if (!this.sending || !(frame.type === 'conversation' || (frame.type === 'error' && !frame.clientMessageId))) return;
    this.sending = false;
    if (frame.type === 'error') {
      this.answer = { error: frame.code };
      // The conversation waits for no address (another tab gave one, or chose to chat): `ready` says what it is now.
      if (frame.code === 'handoff_not_waiting') this.chat.resync();
    }
    this.host.requestUpdate();
  }
}

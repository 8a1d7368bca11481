import type { PendingImage } from '../protocol/thread.js';

/**
 * Fired by `<parley-composer>` when the user sends a message (Enter or the send button); `<parley-visitor-composer>`
 * adds the image attached, if any.
 */
export class ParleyMessageSendEvent extends CustomEvent<{ text: string; image?: PendingImage }> {
  constructor(text: string, image?: PendingImage) {
    super('parley-message-send', { detail: { text, image }, bubbles: true, composed: true });
  }
}

/** Fired by `<parley-message-list>` when the user asks to send a refused message again. */
export class ParleyMessageRetryEvent extends CustomEvent<{ clientMessageId: string }> {
  constructor(clientMessageId: string) {
    super('parley-message-retry', { detail: { clientMessageId }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'parley-message-send': ParleyMessageSendEvent;
    'parley-message-retry': ParleyMessageRetryEvent;
  }
}

/** Fired by `<parley-message-list>` when the user removes a refused message. */
export class ParleyMessageDiscardEvent extends CustomEvent<{ clientMessageId: string }> {
  constructor(clientMessageId: string) {
    super('parley-message-discard', { detail: { clientMessageId }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'parley-message-discard': ParleyMessageDiscardEvent;
  }
}

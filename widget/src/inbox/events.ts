import type { Agent, Ticket } from '../protocol/messages.js';
import type { Limits } from '../protocol/limits.js';

/** What the sign-in answers: the agent, with the session's CSRF token, the server's limits and their language. */
export interface SignedIn extends Agent {
  limits?: Limits;
  /** The language of the agent's account (`en` or `pl`), which the inbox speaks once they are signed in. */
  locale?: string;
}

/**
 * What `GET /api/v1/agent/session/probe` answers, 200 either way: the session when signed in, or why not
 * (`not_signed_in`, `account_removed`).
 */
export interface SessionProbe {
  signedIn: boolean;
  session?: SignedIn;
  code?: string;
  detail?: string;
}

/** Fired by `<parley-sign-in>` when the server accepted the agent's email and password. */
export class ParleySignedInEvent extends CustomEvent<SignedIn> {
  constructor(session: SignedIn) {
    super('parley-signed-in', { detail: session, bubbles: true, composed: true });
  }
}

/**
 * Fired when the agent chooses a ticket: a row of `<parley-ticket-list>` (click, `j`/`k`), or one of the customer's
 * other tickets in `<parley-profile>`.
 */
export class ParleyTicketSelectEvent extends CustomEvent<Ticket> {
  constructor(ticket: Ticket) {
    super('parley-ticket-select', { detail: ticket, bubbles: true, composed: true });
  }
}

/** Fired by `<parley-ticket-thread>` when the agent goes back to the list (the back button, or after "Mark unread"). */
export class ParleyThreadBackEvent extends Event {
  constructor() {
    super('parley-thread-back', { bubbles: true, composed: true });
  }
}

/** Fired by `<parley-ticket-thread>` when the agent shows or hides the customer's profile (narrow screens). */
export class ParleyProfileToggleEvent extends CustomEvent<{ open: boolean }> {
  constructor(open: boolean) {
    super('parley-profile-toggle', { detail: { open }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'parley-signed-in': ParleySignedInEvent;
    'parley-ticket-select': ParleyTicketSelectEvent;
    'parley-thread-back': ParleyThreadBackEvent;
    'parley-profile-toggle': ParleyProfileToggleEvent;
  }
}

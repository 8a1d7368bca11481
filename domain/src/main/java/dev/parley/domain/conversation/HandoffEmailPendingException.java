package dev.parley.domain.conversation;

import dev.parley.domain.shared.DomainException;

/** The visitor wrote while the conversation waits for their address before it goes to the store's helpdesk. */
public class HandoffEmailPendingException extends DomainException {

    private static final long serialVersionUID = 1L;

    public HandoffEmailPendingException() {
        super(
                "handoff_email_pending",
                "The store's team answers this conversation by email: give your address, or choose to chat here.");
    }
}

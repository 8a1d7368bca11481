package dev.parley.domain.conversation;

import dev.parley.domain.shared.DomainException;

/** An address for a handoff came for a conversation that does not wait for one. */
public class HandoffNotWaitingException extends DomainException {

    private static final long serialVersionUID = 1L;

    public HandoffNotWaitingException(ConversationId id) {
        super("handoff_not_waiting", "Conversation " + id + " does not wait for an email address.");
    }
}

package dev.parley.domain.notification;

import dev.parley.domain.shared.DomainException;

/** A transcript is emailed once the conversation has ended: while it goes on, it is still being written. */
public class ConversationNotEndedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ConversationNotEndedException() {
        super("conversation_open", "The conversation is still open; its transcript can be emailed once it has ended.");
    }
}

package dev.parley.domain.conversation;

import dev.parley.domain.shared.DomainException;

/** Something only an ended conversation allows, such as rating it, was asked of one that is still open. */
public class ConversationOpenException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ConversationOpenException(ConversationId id) {
        super("conversation_open", "Conversation " + id + " is still open; it can be rated once it has ended.");
    }
}

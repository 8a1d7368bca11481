package dev.parley.domain.conversation;

import dev.parley.domain.shared.DomainException;

/** Something was asked of a conversation that is closed; closed is final. */
public class ConversationClosedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ConversationClosedException(ConversationId id) {
        super("conversation_closed", "Conversation " + id + " is closed; a closed conversation cannot be continued.");
    }
}

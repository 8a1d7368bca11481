package dev.parley.domain.conversation;

import dev.parley.domain.shared.NotFoundException;

/**
 * No such conversation, or not one the caller may see. Both cases answer alike, so that nobody learns which
 * conversations exist.
 */
public class ConversationNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public ConversationNotFoundException(Object id) {
        super("conversation_not_found", "There is no conversation " + id + ".");
    }
}

package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ConversationId;

/**
 * Driven by the helpdesk before it changes a conversation's ticket, so that the change and the conversation's own
 * messages (which keep the ticket in step) happen one after the other, never at once.
 */
public interface HoldConversationUseCase {

    /**
     * Holds the conversation until the current transaction ends: nothing is posted to it meanwhile.
     *
     * @return the conversation as it is now
     * @throws dev.parley.domain.conversation.ConversationNotFoundException when there is no such conversation
     */
    ConversationView hold(ConversationId conversation);
}

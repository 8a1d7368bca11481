package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ConversationId;

/** Driven by the helpdesk when an agent closes a conversation's ticket. */
public interface CloseConversationUseCase {

    /**
     * Closes the conversation for good with its closing notice; a closed one stays as it is. The caller publishes
     * the news of its change, which tells every client of the conversation.
     *
     * @return the conversation as it is now
     * @throws dev.parley.domain.conversation.ConversationNotFoundException when there is no such conversation
     */
    ConversationView closeForTicket(ConversationId conversation);
}

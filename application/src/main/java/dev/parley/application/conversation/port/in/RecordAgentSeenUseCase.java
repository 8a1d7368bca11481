package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ConversationId;

/** Driven by the helpdesk when an agent reads a conversation's ticket (read receipts). */
public interface RecordAgentSeenUseCase {

    /**
     * An agent has seen the conversation up to its last message: the visitor's messages show "Seen". Holds the
     * conversation like {@link HoldConversationUseCase#hold}. The caller publishes the news of its change.
     *
     * @return the conversation as it is now
     * @throws dev.parley.domain.conversation.ConversationNotFoundException when there is no such conversation
     */
    ConversationView agentSawAll(ConversationId conversation);
}

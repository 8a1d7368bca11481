package dev.parley.application.conversation.port.out;

import dev.parley.domain.conversation.ConversationId;
import java.util.Optional;

/**
 * Asks the store's AI agent to answer a visitor's question once the transaction that stored it has committed, off the
 * caller's thread: the visitor's message is acknowledged at once and the answer follows as the next message.
 */
public interface RequestAssistantAnswerPort {

    /**
     * Has question {@code seq} answered after the current transaction commits; nothing when it rolls back.
     *
     * @param seq the question's sequence number
     * @param language the visitor's language as a BCP 47 tag, if known
     */
    void requestAnswer(ConversationId conversation, long seq, Optional<String> language);
}

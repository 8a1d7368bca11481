package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ConversationId;
import java.time.Instant;
import java.util.Objects;

/**
 * A conversation the store's AI agent resolved on its own, as the inbox's "AI" view lists it.
 *
 * @param id the conversation
 * @param startedAt when the visitor first wrote
 * @param open whether it is still open (the visitor may ask more)
 * @param answered how many of the visitor's questions the AI agent answered
 * @param firstQuestion the visitor's first message, shortened for a list
 * @param lastSeq its last message's sequence number
 */
public record AssistedConversation(
        ConversationId id, Instant startedAt, boolean open, int answered, String firstQuestion, long lastSeq) {

    public AssistedConversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startedAt, "started at");
        Objects.requireNonNull(firstQuestion, "first question");
    }
}

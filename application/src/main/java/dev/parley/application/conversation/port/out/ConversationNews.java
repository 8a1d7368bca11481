package dev.parley.application.conversation.port.out;

import dev.parley.domain.conversation.ConversationId;
import java.util.Objects;

/**
 * "Conversation X has news up to sequence N": all a subscriber is told; it pulls what it lacks from the database.
 *
 * @param conversation the conversation that changed
 * @param lastSeq its last sequence number after the change
 */
public record ConversationNews(ConversationId conversation, long lastSeq) {

    public ConversationNews {
        Objects.requireNonNull(conversation, "conversation");
    }
}

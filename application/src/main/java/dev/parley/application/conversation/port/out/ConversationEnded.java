package dev.parley.application.conversation.port.out;

import dev.parley.domain.conversation.ConversationId;
import java.time.Instant;
import java.util.Objects;

/**
 * A conversation ended for good: its visitor ended it, or it closed with its ticket.
 *
 * @param conversation the conversation
 * @param at when it ended
 */
public record ConversationEnded(ConversationId conversation, Instant at) {

    public ConversationEnded {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(at, "at");
    }
}

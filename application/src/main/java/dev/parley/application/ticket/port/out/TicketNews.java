package dev.parley.application.ticket.port.out;

import dev.parley.domain.conversation.ConversationId;
import java.util.Objects;

/**
 * "The ticket of conversation X changed, and X is at sequence N": all an inbox is told; it pulls the ticket itself.
 *
 * @param conversation the ticket's conversation
 * @param lastSeq that conversation's last sequence number
 */
public record TicketNews(ConversationId conversation, long lastSeq) {

    public TicketNews {
        Objects.requireNonNull(conversation, "conversation");
    }
}

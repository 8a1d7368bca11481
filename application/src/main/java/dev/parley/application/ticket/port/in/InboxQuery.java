package dev.parley.application.ticket.port.in;

import dev.parley.domain.conversation.ConversationId;
import java.util.List;
import java.util.Optional;

/** Driven by the inbox's transports to show tickets. */
public interface InboxQuery {

    /** The most tickets one call returns. */
    int MAX_PAGE = 100;

    /** The tickets with the newest activity first, at most {@code limit} (capped at {@link #MAX_PAGE}). */
    List<TicketSummary> latest(int limit);

    /** The ticket of a conversation, if it has one. */
    Optional<TicketSummary> ofConversation(ConversationId conversation);
}

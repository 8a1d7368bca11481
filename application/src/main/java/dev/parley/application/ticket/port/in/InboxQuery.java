package dev.parley.application.ticket.port.in;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.TicketId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Driven by the inbox's transports to show tickets as one agent sees them (their unread marks). */
public interface InboxQuery {

    /** The most tickets one call returns. */
    int MAX_PAGE = 100;

    /**
     * A page of tickets, newest activity first, after the cursor a previous page returned.
     *
     * @throws dev.parley.domain.shared.InvalidValueException with {@code invalid_cursor} for a cursor Parley did not
     *     give
     */
    TicketPage list(TicketFilter filter, AgentId viewer, Optional<String> cursor, int limit);

    /** The tickets with the newest activity first, at most {@code limit} (capped at {@link #MAX_PAGE}). */
    List<TicketSummary> latest(AgentId viewer, int limit);

    /** The ticket of a conversation, if it has one. */
    Optional<TicketSummary> ofConversation(ConversationId conversation, AgentId viewer);

    /**
     * The tickets of several conversations as each of several agents sees them, for telling every open inbox of many
     * changes at once: the same few queries whatever the number of conversations and viewers.
     *
     * @return per conversation with a ticket, per viewer what {@link #ofConversation(ConversationId, AgentId)} returns
     *     for them
     */
    Map<ConversationId, Map<AgentId, TicketSummary>> ofConversations(
            Collection<ConversationId> conversations, Set<AgentId> viewers);

    /**
     * One ticket.
     *
     * @throws dev.parley.domain.ticket.TicketNotFoundException when there is no such ticket
     */
    TicketSummary ticket(TicketId id, AgentId viewer);
}

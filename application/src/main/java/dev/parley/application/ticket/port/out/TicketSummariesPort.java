package dev.parley.application.ticket.port.out;

import dev.parley.application.ticket.port.in.TicketFilter;
import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.TicketId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the inbox's rows straight from the store, joined there; driven by the inbox query. */
public interface TicketSummariesPort {

    /**
     * Tickets matching the filter as of {@code now}, newest activity first, strictly after the keyset position.
     *
     * @param after the (activity, ticket id) of the last row of the previous page, if any
     */
    List<TicketSummary> page(TicketFilter filter, AgentId viewer, Instant now, Optional<Position> after, int limit);

    Optional<TicketSummary> ofConversation(ConversationId conversation, AgentId viewer, Instant now);

    /**
     * The ticket of a conversation as each of the viewers sees it, read once for them all: what differs between
     * viewers (their unread marks) is read in the same few queries, whatever the number of viewers.
     *
     * @return one summary per viewer, each equal to {@link #ofConversation} for that viewer; empty when the
     *     conversation has no ticket
     */
    Map<AgentId, TicketSummary> ofConversation(ConversationId conversation, Set<AgentId> viewers, Instant now);

    /**
     * The tickets of several conversations as each of the viewers sees them. An adapter that can read them together
     * does; this one asks for each conversation in turn.
     *
     * @return per conversation with a ticket, what {@link #ofConversation(ConversationId, Set, Instant)} returns
     */
    default Map<ConversationId, Map<AgentId, TicketSummary>> ofConversations(
            Collection<ConversationId> conversations, Set<AgentId> viewers, Instant now) {
        Map<ConversationId, Map<AgentId, TicketSummary>> tickets = new HashMap<>();
        for (ConversationId conversation : conversations) {
            Map<AgentId, TicketSummary> seen = ofConversation(conversation, viewers, now);
            if (!seen.isEmpty()) {
                tickets.put(conversation, seen);
            }
        }
        return tickets;
    }

    Optional<TicketSummary> byId(TicketId ticket, AgentId viewer, Instant now);

    /**
     * A place in the inbox order.
     *
     * @param lastActivityAt the ticket's activity
     * @param ticket the ticket's id, which breaks ties
     */
    record Position(Instant lastActivityAt, TicketId ticket) {}
}

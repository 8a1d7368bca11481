package dev.parley.application.ticket;

import dev.parley.application.ticket.port.in.TicketFilter;
import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.application.ticket.port.out.TicketSummariesPort;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.ReadMark;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The inbox's rows, computed from the tickets and conversations kept in memory; filters by status only. */
class InMemoryInbox implements TicketSummariesPort {

    private static final Comparator<TicketSummary> NEWEST_FIRST = Comparator.comparing(TicketSummary::lastActivityAt)
            .reversed()
            .thenComparing(summary -> summary.id().value(), Comparator.reverseOrder());

    private final InMemoryTickets tickets;
    private final FakeConversations conversations;

    InMemoryInbox(InMemoryTickets tickets, FakeConversations conversations) {
        this.tickets = tickets;
        this.conversations = conversations;
    }

    @Override
    public List<TicketSummary> page(
            TicketFilter filter, AgentId viewer, Instant now, Optional<Position> after, int limit) {
        return tickets.all().stream()
                .filter(ticket -> filter.status()
                        .map(status -> ticket.statusAt(now) == status)
                        .orElse(true))
                .map(ticket -> summary(ticket, viewer, now))
                .sorted(NEWEST_FIRST)
                .filter(summary -> after.map(position -> NEWEST_FIRST.compare(summary, position(position)) > 0)
                        .orElse(true))
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<TicketSummary> ofConversation(ConversationId conversation, AgentId viewer, Instant now) {
        return tickets.findByConversation(conversation).map(ticket -> summary(ticket, viewer, now));
    }

    @Override
    public Map<AgentId, TicketSummary> ofConversation(ConversationId conversation, Set<AgentId> viewers, Instant now) {
        Map<AgentId, TicketSummary> seen = new HashMap<>();
        tickets.findByConversation(conversation)
                .ifPresent(ticket -> viewers.forEach(viewer -> seen.put(viewer, summary(ticket, viewer, now))));
        return seen;
    }

    @Override
    public Optional<TicketSummary> byId(TicketId ticket, AgentId viewer, Instant now) {
        return tickets.findById(ticket).map(found -> summary(found, viewer, now));
    }

    private TicketSummary summary(Ticket ticket, AgentId viewer, Instant now) {
        long lastSeq = conversations.get(ticket.conversation()).lastSeq();
        boolean unread = tickets.find(ticket.id(), viewer)
                .orElse(ReadMark.nothingSeen(ticket.id(), viewer))
                .isUnreadAt(lastSeq);
        return new TicketSummary(
                ticket.id(),
                ticket.conversation(),
                ticket.statusAt(now),
                Optional.empty(),
                ticket.requester().code(),
                ticket.assignee(),
                Optional.empty(),
                lastSeq,
                Optional.empty(),
                ticket.createdAt(),
                ticket.lastActivityAt(),
                Channel.CHAT,
                ticket.snoozedUntil(),
                ticket.waitingSince(),
                unread);
    }

    private static TicketSummary position(Position position) {
        return new TicketSummary(
                position.ticket(),
                ConversationId.random(),
                dev.parley.domain.ticket.TicketStatus.OPEN,
                Optional.empty(),
                "0000",
                Optional.empty(),
                Optional.empty(),
                0,
                Optional.empty(),
                position.lastActivityAt(),
                position.lastActivityAt(),
                Channel.CHAT,
                Optional.empty(),
                Optional.empty(),
                false);
    }
}

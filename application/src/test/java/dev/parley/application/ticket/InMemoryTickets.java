package dev.parley.application.ticket;

import dev.parley.application.ticket.port.out.LoadTicketPort;
import dev.parley.application.ticket.port.out.ReadMarksPort;
import dev.parley.application.ticket.port.out.SaveTicketPort;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.ReadMark;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tickets kept in memory, stored as copies. */
class InMemoryTickets implements LoadTicketPort, SaveTicketPort, ReadMarksPort {

    private final Map<ConversationId, Ticket> tickets = new LinkedHashMap<>();
    private final Map<List<Object>, ReadMark> marks = new LinkedHashMap<>();

    @Override
    public Optional<Ticket> findById(TicketId id) {
        return tickets.values().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .map(InMemoryTickets::copy);
    }

    @Override
    public Optional<ReadMark> find(TicketId ticket, AgentId agent) {
        return Optional.ofNullable(marks.get(List.of(ticket, agent)));
    }

    @Override
    public void save(ReadMark mark) {
        marks.put(List.of(mark.ticket(), mark.agent()), mark);
    }

    @Override
    public List<ReadMark> ofTicket(TicketId ticket) {
        return marks.values().stream()
                .filter(mark -> mark.ticket().equals(ticket))
                .toList();
    }

    @Override
    public Optional<Ticket> findByConversation(ConversationId conversation) {
        return Optional.ofNullable(tickets.get(conversation)).map(InMemoryTickets::copy);
    }

    @Override
    public void create(Ticket ticket) {
        if (tickets.containsKey(ticket.conversation())) {
            throw new IllegalStateException("a second ticket for one conversation");
        }
        tickets.put(ticket.conversation(), copy(ticket));
    }

    @Override
    public void update(Ticket ticket) {
        tickets.put(ticket.conversation(), copy(ticket));
    }

    List<Ticket> all() {
        return tickets.values().stream().map(InMemoryTickets::copy).toList();
    }

    private static Ticket copy(Ticket t) {
        return Ticket.reconstitute(
                t.id(),
                t.conversation(),
                t.requester(),
                t.createdAt(),
                t.status(),
                t.snoozedUntil().orElse(null),
                t.assignee().orElse(null),
                t.lastActivityAt(),
                t.waitingSince().orElse(null),
                t.closedAt().orElse(null));
    }
}

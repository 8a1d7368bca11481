package dev.parley.application.conversation;

import dev.parley.application.ticket.port.out.LoadTicketPort;
import dev.parley.application.ticket.port.out.SaveTicketPort;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.ticket.Ticket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tickets kept in memory, stored as copies. */
class InMemoryTickets implements LoadTicketPort, SaveTicketPort {

    private final Map<ConversationId, Ticket> tickets = new LinkedHashMap<>();

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
        return Ticket.reconstitute(t.id(), t.conversation(), t.requester(), t.createdAt(), t.status(),
                t.assignee().orElse(null), t.lastActivityAt());
    }
}

package dev.parley.application.ticket.port.out;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketId;
import java.util.Optional;

/** Reads tickets; driven by the use cases that change them. */
public interface LoadTicketPort {

    Optional<Ticket> findByConversation(ConversationId conversation);

    Optional<Ticket> findById(TicketId id);
}

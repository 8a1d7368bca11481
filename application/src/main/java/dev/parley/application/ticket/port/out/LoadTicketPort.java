package dev.parley.application.ticket.port.out;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.ticket.Ticket;
import java.util.Optional;

/** Reads tickets; driven by the use cases that change them. */
public interface LoadTicketPort {

    Optional<Ticket> findByConversation(ConversationId conversation);
}

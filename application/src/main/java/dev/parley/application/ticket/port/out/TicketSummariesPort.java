package dev.parley.application.ticket.port.out;

import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.domain.conversation.ConversationId;
import java.util.List;
import java.util.Optional;

/** Reads the inbox's rows straight from the store, joined there; driven by the inbox query. */
public interface TicketSummariesPort {

    List<TicketSummary> latest(int limit);

    Optional<TicketSummary> ofConversation(ConversationId conversation);
}

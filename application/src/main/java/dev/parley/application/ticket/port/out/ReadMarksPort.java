package dev.parley.application.ticket.port.out;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.ReadMark;
import dev.parley.domain.ticket.TicketId;
import java.util.List;
import java.util.Optional;

/**
 * Stores what each agent has seen of each ticket; driven by the ticket use cases, and by notifications to tell
 * whether anyone read a ticket.
 */
public interface ReadMarksPort {

    Optional<ReadMark> find(TicketId ticket, AgentId agent);

    void save(ReadMark mark);

    /** What every agent who opened the ticket has seen of it; agents who never did have no mark. */
    List<ReadMark> ofTicket(TicketId ticket);
}

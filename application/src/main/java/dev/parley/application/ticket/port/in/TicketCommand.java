package dev.parley.application.ticket.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.TicketId;
import java.util.Objects;

/**
 * An agent acts on a ticket: closes it, marks it read or unread, ends a snooze.
 *
 * @param agent the signed-in agent
 * @param ticket the ticket
 */
public record TicketCommand(AgentId agent, TicketId ticket) {

    public TicketCommand {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(ticket, "ticket");
    }
}

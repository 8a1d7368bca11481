package dev.parley.application.ticket.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;

/**
 * An agent hides a ticket until a time, or until the visitor writes.
 *
 * @param agent the signed-in agent
 * @param ticket the ticket
 * @param until when it comes back
 */
public record SnoozeTicketCommand(AgentId agent, TicketId ticket, Instant until) {

    public SnoozeTicketCommand {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(until, "until");
    }
}

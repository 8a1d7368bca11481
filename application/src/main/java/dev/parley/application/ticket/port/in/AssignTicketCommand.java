package dev.parley.application.ticket.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.TicketId;
import java.util.Objects;
import java.util.Optional;

/**
 * An agent gives a ticket to an agent (themselves or another), or to nobody.
 *
 * @param agent the signed-in agent
 * @param ticket the ticket
 * @param assignee the new assignee, or nobody
 */
public record AssignTicketCommand(AgentId agent, TicketId ticket, Optional<AgentId> assignee) {

    public AssignTicketCommand {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(assignee, "assignee");
    }
}

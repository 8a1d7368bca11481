package dev.parley.application.ticket.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.tag.TagId;
import dev.parley.domain.ticket.TicketId;
import java.util.Objects;

/**
 * An agent puts a tag on a ticket or takes it off.
 *
 * @param agent the agent who asks (any agent may)
 * @param ticket the ticket, in any status: tags are the team's notes about it, so closed tickets take them too
 * @param tag a tag from the store's list
 */
public record TagTicketCommand(AgentId agent, TicketId ticket, TagId tag) {

    public TagTicketCommand {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(tag, "tag");
    }
}

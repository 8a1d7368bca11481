package dev.parley.application.macro.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.TicketId;
import java.util.List;

/** Driven by the REST adapter when the inbox's composer offers macros for a ticket. */
public interface TicketMacrosQuery {

    /**
     * Every macro rendered for the ticket's visitor and the calling agent, ordered by title (ignoring case).
     *
     * @param agent the agent who will insert one
     * @param unknownVisitorName what stands for the visitor's name when Parley does not know it, such as "there"
     * @throws dev.parley.domain.ticket.TicketNotFoundException when there is no such ticket
     * @throws dev.parley.domain.team.AgentNotFoundException when the agent is no active team member
     */
    List<RenderedMacro> renderedFor(TicketId ticket, AgentId agent, String unknownVisitorName);
}

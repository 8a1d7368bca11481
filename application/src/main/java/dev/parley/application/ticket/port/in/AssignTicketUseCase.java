package dev.parley.application.ticket.port.in;

/** Driven by the inbox's transports. */
public interface AssignTicketUseCase {

    /**
     * Gives a ticket to an agent or to nobody.
     *
     * @throws dev.parley.domain.ticket.TicketNotFoundException when there is no such ticket; refused with agent_not_found for an unknown assignee, ticket_closed when it is closed
     */
    TicketSummary assign(AssignTicketCommand command);
}

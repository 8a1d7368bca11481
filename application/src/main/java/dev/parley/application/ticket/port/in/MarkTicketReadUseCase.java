package dev.parley.application.ticket.port.in;

/** Driven by the inbox's transports. */
public interface MarkTicketReadUseCase {

    /**
     * Marks everything in the ticket's conversation as seen by the agent.
     *
     * @throws dev.parley.domain.ticket.TicketNotFoundException when there is no such ticket
     */
    TicketSummary markRead(TicketCommand command);
}

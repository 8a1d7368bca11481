package dev.parley.application.ticket.port.in;

/** Driven by the inbox's transports. */
public interface MarkTicketUnreadUseCase {

    /**
     * Shows the ticket as unread to the agent again, until they open it.
     *
     * @throws dev.parley.domain.ticket.TicketNotFoundException when there is no such ticket
     */
    TicketSummary markUnread(TicketCommand command);
}

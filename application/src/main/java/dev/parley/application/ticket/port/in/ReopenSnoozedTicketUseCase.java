package dev.parley.application.ticket.port.in;

/** Driven by the inbox's transports. */
public interface ReopenSnoozedTicketUseCase {

    /**
     * Ends a ticket's snooze now.
     *
     * @throws dev.parley.domain.ticket.TicketNotFoundException when there is no such ticket; refused with ticket_closed when it is closed
     */
    TicketSummary reopen(TicketCommand command);
}

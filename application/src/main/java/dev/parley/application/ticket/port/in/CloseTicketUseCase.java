package dev.parley.application.ticket.port.in;

/** Driven by the inbox's transports. */
public interface CloseTicketUseCase {

    /**
     * Closes a ticket, which ends its conversation for good.
     *
     * @throws dev.parley.domain.ticket.TicketNotFoundException when there is no such ticket; refused with ticket_closed when it is closed already
     */
    TicketSummary close(TicketCommand command);
}

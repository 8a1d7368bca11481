package dev.parley.application.ticket.port.in;

/** Driven by the inbox's transports. */
public interface SnoozeTicketUseCase {

    /**
     * Hides a ticket until a time, or until the visitor writes.
     *
     * @throws dev.parley.domain.ticket.TicketNotFoundException when there is no such ticket; refused with snooze_in_the_past, ticket_closed
     */
    TicketSummary snooze(SnoozeTicketCommand command);
}

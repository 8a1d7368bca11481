package dev.parley.application.ticket.port.out;

import dev.parley.domain.ticket.TicketId;
import java.time.Instant;

/**
 * Tells the notification context that a ticket opened, inside the transaction that opens it, so that the team's
 * email is scheduled exactly when the ticket exists. Driven by the ticket use cases; implemented by the notification
 * context, which therefore depends on tickets and never the other way round.
 */
public interface NotifyTeamOfNewTicketPort {

    /** A visitor's first message opened this ticket at {@code openedAt}. */
    void ticketOpened(TicketId ticket, Instant openedAt);
}

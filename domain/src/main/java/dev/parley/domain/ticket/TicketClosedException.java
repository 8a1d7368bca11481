package dev.parley.domain.ticket;

import dev.parley.domain.shared.DomainException;

/** Something was asked of a ticket that is closed. */
public class TicketClosedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public TicketClosedException(TicketId id) {
        super("ticket_closed", "Ticket " + id + " is closed; a closed ticket cannot be changed.");
    }
}

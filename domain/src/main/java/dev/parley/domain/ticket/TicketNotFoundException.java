package dev.parley.domain.ticket;

import dev.parley.domain.shared.NotFoundException;

/** No such ticket. */
public class TicketNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public TicketNotFoundException(Object id) {
        super("ticket_not_found", "There is no ticket " + id + ".");
    }
}

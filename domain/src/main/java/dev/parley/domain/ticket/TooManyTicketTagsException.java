package dev.parley.domain.ticket;

import dev.parley.domain.shared.InvalidValueException;

/** A ticket would carry more tags than one ticket may. */
public class TooManyTicketTagsException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /** The most tags one ticket carries. */
    public static final int MAX_PER_TICKET = 20;

    public TooManyTicketTagsException() {
        super("too_many_ticket_tags", "A ticket carries at most " + MAX_PER_TICKET + " tags.");
    }
}

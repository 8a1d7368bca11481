package dev.parley.domain.ticket;

/** Where a ticket is in the helpdesk's workflow. */
public enum TicketStatus {
    /** Somebody should look at it. */
    OPEN,
    /** Hidden until a chosen time, or until the visitor writes again. */
    SNOOZED,
    /** Finished; a closed chat ticket is never reopened. */
    CLOSED
}

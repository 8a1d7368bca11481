package dev.parley.domain.handoff;

/** Where a handoff to an external helpdesk stands. */
public enum HandoffStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** The helpdesk made the ticket. */
    DELIVERED,
    /** Every attempt failed: the conversation fell back to a ticket in Parley's inbox. */
    FELL_BACK
}

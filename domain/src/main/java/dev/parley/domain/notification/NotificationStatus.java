package dev.parley.domain.notification;

/** Where a ticket notification is in its life. */
public enum NotificationStatus {
    /** Waiting for its time, or for its next attempt after a failure. */
    PENDING,
    /** Sent; never sent again. */
    SENT,
    /** Not sent because it was no longer needed: an agent read the ticket, it closed, or notifications were off. */
    DROPPED,
    /** Not sent: every attempt failed. */
    FAILED
}

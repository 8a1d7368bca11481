package dev.parley.domain.notification;

/** What admins are alerted to by email: an integration of the store's that stopped working on its own. */
public enum AdminAlertKind {
    /** A webhook endpoint was disabled: its receiver answered 410 Gone, or failed for too long. */
    WEBHOOK_DISABLED,
    /** A handoff to the store's helpdesk failed after every attempt and became a ticket in the inbox. */
    HANDOFF_FELL_BACK
}

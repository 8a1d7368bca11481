package dev.parley.domain.webhook;

/** Where one event's delivery to one endpoint stands. */
public enum WebhookDeliveryStatus {
    /** Waiting for its first or next attempt. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Given up: every attempt failed, or the receiver answered 410. */
    FAILED,
    /** Not sent: its endpoint was disabled or deleted before its turn. */
    DROPPED
}

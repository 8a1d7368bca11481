/**
 * Notifications: the team's emails about new tickets. {@link dev.parley.application.notification.NotificationOutbox}
 * schedules one when a ticket opens and keeps the outbox; {@link
 * dev.parley.application.notification.NotificationDeliveryService} sends what is due, outside the chat's
 * transactions, through {@link dev.parley.application.notification.port.out.SendEmailPort}.
 */
package dev.parley.application.notification;

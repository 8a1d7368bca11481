/**
 * Notifications: telling the team by email that a new ticket waits. Owns {@link
 * dev.parley.domain.notification.TicketNotification}, one outbox entry per new ticket that is sent once its delay has
 * passed (unless an agent read the ticket or it closed first), retried on the {@link
 * dev.parley.domain.shared.RetrySchedule} when the mail server fails, and the {@link
 * dev.parley.domain.notification.NotificationEmail} it sends, as facts that the mail adapter words in each
 * recipient's language; and {@link dev.parley.domain.notification.MentionNotification}, the email that tells an
 * agent a teammate's internal note mentions them ({@link dev.parley.domain.notification.MentionEmail}). Refers to
 * tickets by {@link dev.parley.domain.ticket.TicketId} and to notes by {@link dev.parley.domain.note.NoteId} only.
 */
package dev.parley.domain.notification;

package dev.parley.adapters.persistence;

import dev.parley.domain.notification.NotificationStatus;
import dev.parley.domain.notification.TicketNotification;
import dev.parley.domain.ticket.TicketId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

/** A row of the outbox of the team's emails about new tickets, one per ticket. */
@Entity(name = "TicketNotification")
@Table(name = "ticket_notification")
class TicketNotificationJpaEntity {

    @Id
    @Column(name = "ticket_id")
    String ticketId;

    @Column(name = "status", nullable = false)
    String status;

    @Column(name = "due_at", nullable = false)
    LocalDateTime dueAt;

    @Column(name = "attempts", nullable = false)
    int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    LocalDateTime nextAttemptAt;

    @Column(name = "sent_at")
    LocalDateTime sentAt;

    @Column(name = "last_error")
    String lastError;

    static TicketNotificationJpaEntity from(TicketNotification notification) {
        TicketNotificationJpaEntity row = new TicketNotificationJpaEntity();
        row.ticketId = notification.ticket().toString();
        row.copyStateOf(notification);
        return row;
    }

    /**
     * Changes go through the entity's own methods: EclipseLink's woven change tracking sees field writes made inside
     * the entity class only.
     */
    void copyStateOf(TicketNotification notification) {
        status = notification.status().name();
        dueAt = UtcTimes.toColumn(notification.dueAt());
        attempts = notification.attempts();
        nextAttemptAt = UtcTimes.toColumn(notification.nextAttemptAt());
        sentAt = UtcTimes.toColumn(notification.sentAt().orElse(null));
        lastError = notification.lastError().orElse(null);
    }

    TicketNotification toDomain() {
        return TicketNotification.reconstitute(
                new TicketId(UUID.fromString(ticketId)),
                UtcTimes.fromColumn(dueAt),
                NotificationStatus.valueOf(status),
                attempts,
                UtcTimes.fromColumn(nextAttemptAt),
                UtcTimes.fromColumn(sentAt),
                lastError);
    }
}

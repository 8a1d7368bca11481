package dev.parley.adapters.persistence;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.notification.NotificationStatus;
import dev.parley.domain.notification.ReplyEmailNotification;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

@Entity(name = "ReplyEmail")
@Table(name = "visitor_reply_email")
class ReplyEmailJpaEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "conversation_id", nullable = false)
    String conversationId;

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

    static ReplyEmailJpaEntity from(ReplyEmailNotification notification) {
        ReplyEmailJpaEntity row = new ReplyEmailJpaEntity();
        row.id = notification.id().toString();
        row.conversationId = notification.conversation().toString();
        row.copyStateOf(notification);
        return row;
    }

    /**
     * Changes go through the entity's own methods: EclipseLink's woven change tracking sees field writes made inside
     * the entity class only.
     */
    void copyStateOf(ReplyEmailNotification notification) {
        status = notification.status().name();
        dueAt = UtcTimes.toColumn(notification.dueAt());
        attempts = notification.attempts();
        nextAttemptAt = UtcTimes.toColumn(notification.nextAttemptAt());
        sentAt = UtcTimes.toColumn(notification.sentAt().orElse(null));
        lastError = notification.lastError().orElse(null);
    }

    ReplyEmailNotification toDomain() {
        return ReplyEmailNotification.reconstitute(
                UUID.fromString(id),
                new ConversationId(UUID.fromString(conversationId)),
                UtcTimes.fromColumn(dueAt),
                NotificationStatus.valueOf(status),
                attempts,
                UtcTimes.fromColumn(nextAttemptAt),
                UtcTimes.fromColumn(sentAt),
                lastError);
    }
}

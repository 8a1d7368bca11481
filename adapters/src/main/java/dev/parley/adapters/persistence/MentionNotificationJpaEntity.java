package dev.parley.adapters.persistence;

import dev.parley.domain.note.NoteId;
import dev.parley.domain.notification.MentionNotification;
import dev.parley.domain.notification.NotificationStatus;
import dev.parley.domain.shared.AgentId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/** A row of the outbox of mention emails, one per note and mentioned agent. */
@Entity(name = "MentionNotification")
@Table(name = "mention_notification")
@IdClass(MentionNotificationJpaEntity.Key.class)
class MentionNotificationJpaEntity {

    @Id
    @Column(name = "note_id")
    String noteId;

    @Id
    @Column(name = "agent_id")
    String agentId;

    @Column(name = "status", nullable = false)
    String status;

    @Column(name = "attempts", nullable = false)
    int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    LocalDateTime nextAttemptAt;

    @Column(name = "sent_at")
    LocalDateTime sentAt;

    @Column(name = "last_error")
    String lastError;

    static MentionNotificationJpaEntity from(MentionNotification notification) {
        MentionNotificationJpaEntity row = new MentionNotificationJpaEntity();
        row.noteId = notification.note().toString();
        row.agentId = notification.agent().toString();
        row.copyStateOf(notification);
        return row;
    }

    /** Changes go through the entity's own methods, which EclipseLink's woven change tracking sees. */
    void copyStateOf(MentionNotification notification) {
        status = notification.status().name();
        attempts = notification.attempts();
        nextAttemptAt = UtcTimes.toColumn(notification.nextAttemptAt());
        sentAt = UtcTimes.toColumn(notification.sentAt().orElse(null));
        lastError = notification.lastError().orElse(null);
    }

    MentionNotification toDomain() {
        return MentionNotification.reconstitute(
                new NoteId(UUID.fromString(noteId)),
                AgentId.of(agentId),
                NotificationStatus.valueOf(status),
                attempts,
                UtcTimes.fromColumn(nextAttemptAt),
                UtcTimes.fromColumn(sentAt),
                lastError);
    }

    /** The composite key: one row per note and agent. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public String noteId;
        public String agentId;

        public Key() {}

        Key(String noteId, String agentId) {
            this.noteId = noteId;
            this.agentId = agentId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.noteId.equals(noteId) && key.agentId.equals(agentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(noteId, agentId);
        }
    }
}

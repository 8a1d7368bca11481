package dev.parley.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** An agent a note mentions, and when they saw it. */
@Entity(name = "TicketNoteMention")
@Table(name = "ticket_note_mention")
@IdClass(TicketNoteMentionJpaEntity.Key.class)
class TicketNoteMentionJpaEntity {

    @Id
    @Column(name = "note_id")
    String noteId;

    @Id
    @Column(name = "agent_id")
    String agentId;

    @Column(name = "position", nullable = false)
    int position;

    @Column(name = "ticket_id", nullable = false)
    String ticketId;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "seen_at")
    LocalDateTime seenAt;

    static TicketNoteMentionJpaEntity of(
            String noteId, String agentId, int position, String ticketId, LocalDateTime createdAt) {
        TicketNoteMentionJpaEntity row = new TicketNoteMentionJpaEntity();
        row.noteId = noteId;
        row.agentId = agentId;
        row.position = position;
        row.ticketId = ticketId;
        row.createdAt = createdAt;
        return row;
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

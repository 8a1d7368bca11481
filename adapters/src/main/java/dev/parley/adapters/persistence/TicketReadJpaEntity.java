package dev.parley.adapters.persistence;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.ReadMark;
import dev.parley.domain.ticket.TicketId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

@Entity(name = "TicketRead")
@Table(name = "ticket_read")
@IdClass(TicketReadJpaEntity.Key.class)
class TicketReadJpaEntity {

    @Id
    @Column(name = "ticket_id")
    String ticketId;

    @Id
    @Column(name = "agent_id")
    String agentId;

    @Column(name = "seen_seq", nullable = false)
    long seenSeq;

    /** 1 when marked unread, else 0. */
    @Column(name = "marked_unread", nullable = false)
    int markedUnread;

    static TicketReadJpaEntity of(ReadMark mark) {
        TicketReadJpaEntity row = new TicketReadJpaEntity();
        row.ticketId = mark.ticket().toString();
        row.agentId = mark.agent().toString();
        row.copyStateOf(mark);
        return row;
    }

    /**
     * Changes go through the entity's own methods: EclipseLink's woven change tracking sees field writes made inside
     * the entity class only.
     */
    void copyStateOf(ReadMark mark) {
        seenSeq = mark.seenSeq();
        markedUnread = mark.markedUnread() ? 1 : 0;
    }

    ReadMark toDomain() {
        return new ReadMark(new TicketId(UUID.fromString(ticketId)), AgentId.of(agentId), seenSeq, markedUnread == 1);
    }

    /** The composite key: one row per ticket and agent. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public String ticketId;
        public String agentId;

        public Key() {}

        Key(String ticketId, String agentId) {
            this.ticketId = ticketId;
            this.agentId = agentId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.ticketId.equals(ticketId) && key.agentId.equals(agentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ticketId, agentId);
        }
    }
}

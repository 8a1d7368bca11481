package dev.parley.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** A tag on a ticket. */
@Entity(name = "TicketTag")
@Table(name = "ticket_tag")
@IdClass(TicketTagJpaEntity.Key.class)
class TicketTagJpaEntity {

    @Id
    @Column(name = "ticket_id")
    String ticketId;

    @Id
    @Column(name = "tag_id")
    String tagId;

    @Column(name = "added_at", nullable = false)
    LocalDateTime addedAt;

    static TicketTagJpaEntity of(String ticketId, String tagId, LocalDateTime addedAt) {
        TicketTagJpaEntity row = new TicketTagJpaEntity();
        row.ticketId = ticketId;
        row.tagId = tagId;
        row.addedAt = addedAt;
        return row;
    }

    /** The composite key: a ticket and a tag. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public String ticketId;
        public String tagId;

        /** For JPA. */
        public Key() {}

        Key(String ticketId, String tagId) {
            this.ticketId = ticketId;
            this.tagId = tagId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && ticketId.equals(key.ticketId) && tagId.equals(key.tagId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ticketId, tagId);
        }
    }
}

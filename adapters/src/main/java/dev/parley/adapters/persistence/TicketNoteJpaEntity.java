package dev.parley.adapters.persistence;

import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.note.Note;
import dev.parley.domain.note.NoteId;
import dev.parley.domain.note.NoteText;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.TicketId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** An internal note; its mentions are rows of {@link TicketNoteMentionJpaEntity}. */
@Entity(name = "TicketNote")
@Table(name = "ticket_note")
class TicketNoteJpaEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "ticket_id", nullable = false)
    String ticketId;

    @Column(name = "author_id", nullable = false)
    String authorId;

    @Column(name = "client_note_id", nullable = false)
    String clientNoteId;

    @Column(name = "body", nullable = false)
    String body;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    static TicketNoteJpaEntity of(Note note) {
        TicketNoteJpaEntity row = new TicketNoteJpaEntity();
        row.id = note.id().toString();
        row.ticketId = note.ticket().toString();
        row.authorId = note.author().toString();
        row.clientNoteId = note.clientNoteId().value();
        row.body = note.text().value();
        row.createdAt = UtcTimes.toColumn(note.createdAt());
        return row;
    }

    Note toDomain(List<AgentId> mentions) {
        return Note.reconstitute(
                new NoteId(UUID.fromString(id)),
                new TicketId(UUID.fromString(ticketId)),
                AgentId.of(authorId),
                new ClientMessageId(clientNoteId),
                new NoteText(body),
                UtcTimes.fromColumn(createdAt),
                mentions);
    }
}

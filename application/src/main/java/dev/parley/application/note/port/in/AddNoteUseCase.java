package dev.parley.application.note.port.in;

/** Driven by the inbox's transports: an agent adds an internal note to a ticket. */
public interface AddNoteUseCase {

    /**
     * Stores the note, unless the author sent it before under the same client note id, and then tells the inboxes
     * that have the ticket open and the agents it mentions. Notes may be added to closed tickets too.
     *
     * @return the note, as committed (or as stored the first time, for a retry)
     * @throws dev.parley.domain.ticket.TicketNotFoundException when there is no such ticket
     * @throws dev.parley.domain.shared.InvalidValueException {@code note_too_long} over {@link NotePolicy#maxLength()}
     * @throws dev.parley.domain.note.ClientNoteIdReusedException when the author used the id for another text
     */
    NoteView add(AddNoteCommand command);
}

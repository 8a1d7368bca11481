package dev.parley.application.note.port.in;

import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.note.NoteText;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.TicketId;
import java.util.Objects;

/**
 * An agent writes an internal note on a ticket.
 *
 * @param author the signed-in agent
 * @param ticket the ticket
 * @param clientNoteId the id the agent's client gave the note; the same id again is a retry
 * @param text the note
 */
public record AddNoteCommand(AgentId author, TicketId ticket, ClientMessageId clientNoteId, NoteText text) {

    public AddNoteCommand {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(clientNoteId, "client note id");
        Objects.requireNonNull(text, "text");
    }
}

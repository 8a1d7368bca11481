package dev.parley.application.note.port.out;

import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.note.Note;
import dev.parley.domain.note.NoteId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.TicketId;
import java.util.List;
import java.util.Optional;

/** Reads notes and mentions; driven by the note use cases. */
public interface LoadNotesPort {

    Optional<Note> findById(NoteId id);

    /** The author's note under that client note id on the ticket, if they sent one. */
    Optional<Note> findByClientId(TicketId ticket, AgentId author, ClientMessageId clientNoteId);

    /** The ticket's newest notes, at most {@code limit}, oldest first. */
    List<Note> ofTicket(TicketId ticket, int limit);

    /** The notes that mention the agent and that they have not seen, newest first, at most {@code limit}. */
    List<Note> unseenMentionsOf(AgentId agent, int limit);

    /** Whether the agent saw the note's mention of them; false when it does not mention them. */
    boolean mentionSeen(NoteId note, AgentId agent);
}

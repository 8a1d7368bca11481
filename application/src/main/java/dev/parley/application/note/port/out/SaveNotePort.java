package dev.parley.application.note.port.out;

import dev.parley.domain.note.Note;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.TicketId;
import java.time.Instant;

/** Stores notes and the state of their mentions; driven by the note use cases. */
public interface SaveNotePort {

    /** Stores a new note with its mentions, each unseen. */
    void add(Note note);

    /**
     * Marks the agent's unseen mentions in the ticket's notes seen at {@code now}.
     *
     * @return how many there were
     */
    int markMentionsSeen(AgentId agent, TicketId ticket, Instant now);
}

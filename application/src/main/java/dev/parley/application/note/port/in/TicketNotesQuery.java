package dev.parley.application.note.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.TicketId;
import java.util.List;

/** Driven by the inbox's transports: the internal notes of a ticket, for agents only. */
public interface TicketNotesQuery {

    /** The most notes one ticket lists; older ones beyond it are left out. */
    int MAX_NOTES = 500;

    /**
     * The ticket's notes, oldest first, at most {@link #MAX_NOTES} (the newest ones).
     *
     * @param viewer the signed-in agent asking
     *
     * @throws dev.parley.domain.ticket.TicketNotFoundException when there is no such ticket
     */
    List<NoteView> notes(TicketId ticket, AgentId viewer);
}

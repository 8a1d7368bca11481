package dev.parley.application.note.port.in;

import dev.parley.application.ticket.port.in.TicketCommand;

/** Driven by the inbox when an agent opens a ticket: the mentions of them in its notes are seen. */
public interface MarkMentionsSeenUseCase {

    /**
     * Marks the agent's unseen mentions in the ticket's notes seen.
     *
     * @return how many were unseen
     * @throws dev.parley.domain.ticket.TicketNotFoundException when there is no such ticket
     */
    int markMentionsSeen(TicketCommand command);
}

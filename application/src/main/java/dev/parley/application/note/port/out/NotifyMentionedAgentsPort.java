package dev.parley.application.note.port.out;

import dev.parley.domain.note.NoteId;
import dev.parley.domain.shared.AgentId;
import java.time.Instant;
import java.util.List;

/**
 * Tells the agents a new note mentions, beyond their live inboxes (by email, when a mail server is configured).
 * Driven by the note use cases inside their transaction.
 */
public interface NotifyMentionedAgentsPort {

    /**
     * Tells the agents that the note mentions them.
     *
     * @param note the new note
     * @param agents the agents it mentions, never its author
     * @param at when it was written
     */
    void mentioned(NoteId note, List<AgentId> agents, Instant at);
}

package dev.parley.application.note.port.in;

import dev.parley.domain.note.NoteId;
import dev.parley.domain.shared.AgentId;
import java.util.List;
import java.util.Optional;

/**
 * Driven by the inbox's transports (an agent's mentions) and by the notification context (what a mention email
 * says, and whether it is still needed).
 */
public interface MentionsQuery {

    /** The most mentions one call lists. */
    int MAX_MENTIONS = 50;

    /** The notes that mention the agent and that they have not seen yet, newest first, at most {@link #MAX_MENTIONS}. */
    List<NoteView> unseenMentions(AgentId agent);

    /** One note. */
    Optional<NoteView> note(NoteId note);

    /** Whether the agent has seen the note's mention of them (opened its ticket in the inbox since). */
    boolean mentionSeen(NoteId note, AgentId agent);
}

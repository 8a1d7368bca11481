package dev.parley.application.note.port.in;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.note.NoteId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An internal note as agents see it.
 *
 * @param id the note
 * @param ticket its ticket
 * @param conversation the ticket's conversation
 * @param author who wrote it
 * @param authorName their display name (also once they left the team)
 * @param clientNoteId the id the author's client gave it
 * @param text the note
 * @param createdAt when it was written
 * @param mentions the agents it mentions, with their names, never its author
 */
public record NoteView(
        NoteId id,
        TicketId ticket,
        ConversationId conversation,
        AgentId author,
        String authorName,
        String clientNoteId,
        String text,
        Instant createdAt,
        List<Mentioned> mentions) {

    public NoteView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(authorName, "author name");
        Objects.requireNonNull(clientNoteId, "client note id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "created at");
        mentions = List.copyOf(mentions);
    }

    /** Whether the note mentions this agent. */
    public boolean mentions(AgentId agent) {
        return mentions.stream().anyMatch(mentioned -> mentioned.id().equals(agent));
    }

    /**
     * A mentioned agent.
     *
     * @param id the agent
     * @param name their display name
     */
    public record Mentioned(AgentId id, String name) {

        public Mentioned {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }
}

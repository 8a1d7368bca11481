package dev.parley.domain.note;

import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.TicketId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An internal note: what an agent writes on a ticket for the team, never for the visitor. It has an author, a text, the
 * time it was written, and the team members it mentions, found once, when it is written, among the team of that
 * moment (an {@code @} naming nobody, or a removed member, stays just text; a mention of its own author is no
 * mention). The author's client gives it an id, so that sending it again stores it once. A note never changes.
 */
public final class Note {

    private final NoteId id;
    private final TicketId ticket;
    private final AgentId author;
    private final ClientMessageId clientNoteId;
    private final NoteText text;
    private final Instant createdAt;
    private final List<AgentId> mentions;

    private Note(
            NoteId id,
            TicketId ticket,
            AgentId author,
            ClientMessageId clientNoteId,
            NoteText text,
            Instant createdAt,
            List<AgentId> mentions) {
        this.id = Objects.requireNonNull(id, "id");
        this.ticket = Objects.requireNonNull(ticket, "ticket");
        this.author = Objects.requireNonNull(author, "author");
        this.clientNoteId = Objects.requireNonNull(clientNoteId, "client note id");
        this.text = Objects.requireNonNull(text, "text");
        // Kept to the millisecond, as every database stores it: the note answered is the note read back.
        this.createdAt = Objects.requireNonNull(createdAt, "created at").truncatedTo(ChronoUnit.MILLIS);
        this.mentions = List.copyOf(mentions);
        if (this.mentions.contains(author)) {
            throw new IllegalArgumentException("A note does not mention its own author");
        }
    }

    /**
     * Writes a note, finding its mentions among the team as it is now.
     *
     * @param team who may be mentioned: the active members of the team
     */
    public static Note write(
            NoteId id,
            TicketId ticket,
            AgentId author,
            ClientMessageId clientNoteId,
            NoteText text,
            Collection<Mentions.Candidate> team,
            Instant now) {
        List<AgentId> mentioned = Mentions.in(text.value(), team).stream()
                .filter(agent -> !agent.equals(author))
                .toList();
        return new Note(id, ticket, author, clientNoteId, text, now, mentioned);
    }

    /** Rebuilds a note from what was stored; for persistence adapters only. */
    public static Note reconstitute(
            NoteId id,
            TicketId ticket,
            AgentId author,
            ClientMessageId clientNoteId,
            NoteText text,
            Instant createdAt,
            List<AgentId> mentions) {
        return new Note(id, ticket, author, clientNoteId, text, createdAt, mentions);
    }

    /**
     * The author sent the same client note id again: the same text is a retry, answered with this note.
     *
     * @throws ClientNoteIdReusedException when the text differs
     */
    public Note confirmRetryOf(NoteText sentAgain) {
        if (!text.equals(sentAgain)) {
            throw new ClientNoteIdReusedException(clientNoteId.value());
        }
        return this;
    }

    /** Whether the note mentions this agent. */
    public boolean mentions(AgentId agent) {
        return mentions.contains(agent);
    }

    public NoteId id() {
        return id;
    }

    public TicketId ticket() {
        return ticket;
    }

    public AgentId author() {
        return author;
    }

    public ClientMessageId clientNoteId() {
        return clientNoteId;
    }

    public NoteText text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The mentioned agents, each once, in the order of their first mention; never the author. */
    public List<AgentId> mentions() {
        return mentions;
    }
}

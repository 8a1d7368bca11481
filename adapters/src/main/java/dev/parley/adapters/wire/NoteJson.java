package dev.parley.adapters.wire;

import dev.parley.application.note.port.in.NoteView;
import java.util.List;

/**
 * An internal note as agents see it ({@code docs/schemas/note.schema.json}): in the REST API's notes and an agent's
 * mentions, and in the note and mention frames of {@code /ws/agent}. Never written to a visitor.
 *
 * @param id the note
 * @param ticketId its ticket
 * @param conversationId the ticket's conversation
 * @param clientNoteId the id the author's client gave it
 * @param authorId who wrote it
 * @param authorName their display name
 * @param text the note, plain text
 * @param createdAt when it was written
 * @param mentions the agents it mentions, never its author
 */
public record NoteJson(
        String id,
        String ticketId,
        String conversationId,
        String clientNoteId,
        String authorId,
        String authorName,
        String text,
        String createdAt,
        List<Mentioned> mentions) {

    /**
     * A mentioned agent.
     *
     * @param id the agent
     * @param name their display name
     */
    public record Mentioned(String id, String name) {}

    public static NoteJson of(NoteView note) {
        return new NoteJson(
                note.id().toString(),
                note.ticket().toString(),
                note.conversation().toString(),
                note.clientNoteId(),
                note.author().toString(),
                note.authorName(),
                note.text(),
                note.createdAt().toString(),
                note.mentions().stream()
                        .map(m -> new Mentioned(m.id().toString(), m.name()))
                        .toList());
    }
}

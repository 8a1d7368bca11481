package dev.parley.application.note;

import dev.parley.application.note.port.out.LoadNotesPort;
import dev.parley.application.note.port.out.SaveNotePort;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.note.Note;
import dev.parley.domain.note.NoteId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.TicketId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Notes and the seen marks of their mentions, in memory. */
final class InMemoryNotes implements LoadNotesPort, SaveNotePort {

    private final List<Note> notes = new ArrayList<>();
    private final Map<String, Instant> seen = new HashMap<>();

    List<Note> stored() {
        return List.copyOf(notes);
    }

    @Override
    public Optional<Note> findById(NoteId id) {
        return notes.stream().filter(note -> note.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Note> findByClientId(TicketId ticket, AgentId author, ClientMessageId clientNoteId) {
        return notes.stream()
                .filter(note -> note.ticket().equals(ticket)
                        && note.author().equals(author)
                        && note.clientNoteId().equals(clientNoteId))
                .findFirst();
    }

    @Override
    public List<Note> ofTicket(TicketId ticket, int limit) {
        List<Note> all = notes.stream()
                .filter(note -> note.ticket().equals(ticket))
                .sorted(Comparator.comparing(Note::createdAt))
                .toList();
        return all.subList(Math.max(0, all.size() - limit), all.size());
    }

    @Override
    public List<Note> unseenMentionsOf(AgentId agent, int limit) {
        return notes.stream()
                .filter(note -> note.mentions(agent) && !seen.containsKey(key(note.id(), agent)))
                .sorted(Comparator.comparing(Note::createdAt).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public boolean mentionSeen(NoteId note, AgentId agent) {
        return seen.containsKey(key(note, agent));
    }

    @Override
    public void add(Note note) {
        notes.add(note);
    }

    @Override
    public int markMentionsSeen(AgentId agent, TicketId ticket, Instant now) {
        int marked = 0;
        for (Note note : notes) {
            if (note.ticket().equals(ticket)
                    && note.mentions(agent)
                    && seen.putIfAbsent(key(note.id(), agent), now) == null) {
                marked++;
            }
        }
        return marked;
    }

    private static String key(NoteId note, AgentId agent) {
        return note + "/" + agent;
    }
}

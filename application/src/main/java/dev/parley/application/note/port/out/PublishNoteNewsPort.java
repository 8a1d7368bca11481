package dev.parley.application.note.port.out;

import dev.parley.application.note.port.in.NoteView;

/**
 * Tells live inboxes of a new note: those that have its ticket open, and those of the agents it mentions. Driven by
 * the note use cases inside their transaction; implementations deliver only once it has committed, and only to
 * agents.
 */
public interface PublishNoteNewsPort {

    void published(NoteView note);
}

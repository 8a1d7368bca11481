package dev.parley.adapters.websocket;

import dev.parley.application.note.port.in.NoteView;
import dev.parley.application.note.port.out.PublishNoteNewsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Announces new internal notes to this node's inboxes as a CDI event that {@link ConnectionRegistry} observes after
 * commit (a driven adapter). Only agents' connections are told.
 */
@ApplicationScoped
class WebSocketNotePublisher implements PublishNoteNewsPort {

    private Event<NoteAdded> events;

    @Inject
    WebSocketNotePublisher(Event<NoteAdded> events) {
        this.events = events;
    }

    /** For CDI proxies only. */
    protected WebSocketNotePublisher() {}

    @Override
    public void published(NoteView note) {
        events.fire(new NoteAdded(note));
    }

    /** "A note was added": the CDI event. */
    record NoteAdded(NoteView note) {}
}

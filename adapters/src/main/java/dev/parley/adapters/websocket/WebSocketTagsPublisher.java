package dev.parley.adapters.websocket;

import dev.parley.application.tag.port.out.PublishTagsChangedPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Announces a changed tag list to this node's inboxes as a CDI event that {@link ConnectionRegistry} observes after
 * commit (a driven adapter). The announcement carries nothing: inboxes fetch the tags again.
 */
@ApplicationScoped
class WebSocketTagsPublisher implements PublishTagsChangedPort {

    private Event<TagsChanged> events;

    @Inject
    WebSocketTagsPublisher(Event<TagsChanged> events) {
        this.events = events;
    }

    /** For CDI proxies only. */
    protected WebSocketTagsPublisher() {}

    @Override
    public void tagsChanged() {
        events.fire(new TagsChanged());
    }

    /** "The tag list changed": the CDI event, with nothing in it. */
    record TagsChanged() {}
}

package dev.parley.adapters.websocket;

import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.conversation.port.out.PublishConversationNewsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Publishes conversation news to this node's connections as a CDI event that {@link ConnectionRegistry} observes
 * after commit (a driven adapter). Publishing to other nodes joins here later; the news stays ids-only.
 */
@ApplicationScoped
class WebSocketNewsPublisher implements PublishConversationNewsPort {

    private Event<ConversationNews> events;

    @Inject
    WebSocketNewsPublisher(Event<ConversationNews> events) {
        this.events = events;
    }

    /** For CDI proxies only. */
    protected WebSocketNewsPublisher() {
    }

    @Override
    public void publish(ConversationNews news) {
        events.fire(news);
    }
}

package dev.parley.adapters.websocket;

import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.conversation.port.out.PublishConversationNewsPort;
import dev.parley.application.profile.port.out.ProfileNews;
import dev.parley.application.profile.port.out.PublishProfileNewsPort;
import dev.parley.application.ticket.port.out.PublishTicketNewsPort;
import dev.parley.application.ticket.port.out.TicketNews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Publishes conversation, ticket and profile news to this node's connections as a CDI event that {@link ConnectionRegistry} observes
 * after commit (a driven adapter). Publishing to other nodes joins here later; the news stays ids-only.
 */
@ApplicationScoped
class WebSocketNewsPublisher implements PublishConversationNewsPort, PublishTicketNewsPort, PublishProfileNewsPort {

    private Event<ConversationNews> events;
    private Event<ProfileNews> profileEvents;

    @Inject
    WebSocketNewsPublisher(Event<ConversationNews> events, Event<ProfileNews> profileEvents) {
        this.events = events;
        this.profileEvents = profileEvents;
    }

    /** For CDI proxies only. */
    protected WebSocketNewsPublisher() {}

    @Override
    public void publish(ConversationNews news) {
        events.fire(news);
    }

    /** A ticket's news is its conversation's: every connection that follows the conversation pulls the ticket. */
    @Override
    public void publish(TicketNews news) {
        events.fire(new ConversationNews(news.conversation(), news.lastSeq()));
    }

    @Override
    public void publish(ProfileNews news) {
        profileEvents.fire(news);
    }
}

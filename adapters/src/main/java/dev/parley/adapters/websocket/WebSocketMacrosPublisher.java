package dev.parley.adapters.websocket;

import dev.parley.application.macro.port.out.PublishMacrosChangedPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Announces changed macros to this node's inboxes as a CDI event that {@link ConnectionRegistry} observes after
 * commit (a driven adapter). The announcement carries nothing: inboxes fetch the macros again.
 */
@ApplicationScoped
class WebSocketMacrosPublisher implements PublishMacrosChangedPort {

    private Event<MacrosChanged> events;

    @Inject
    WebSocketMacrosPublisher(Event<MacrosChanged> events) {
        this.events = events;
    }

    /** For CDI proxies only. */
    protected WebSocketMacrosPublisher() {}

    @Override
    public void macrosChanged() {
        events.fire(new MacrosChanged());
    }

    /** "The macros changed": the CDI event, with nothing in it. */
    record MacrosChanged() {}
}

package dev.parley.adapters.websocket;

import dev.parley.application.settings.port.out.PublishSettingsChangedPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Announces changed settings to this node's widgets and inboxes as a CDI event that {@link ConnectionRegistry}
 * observes after commit (a driven adapter). Widgets are told only that something changed and fetch their
 * configuration again; inboxes get the new waiting threshold.
 */
@ApplicationScoped
class WebSocketSettingsPublisher implements PublishSettingsChangedPort {

    private Event<SettingsChanged> events;

    @Inject
    WebSocketSettingsPublisher(Event<SettingsChanged> events) {
        this.events = events;
    }

    /** For CDI proxies only. */
    protected WebSocketSettingsPublisher() {
    }

    @Override
    public void settingsChanged(Duration waitingThreshold) {
        events.fire(new SettingsChanged(waitingThreshold.toSeconds()));
    }

    /**
     * "The settings changed": the CDI event.
     *
     * @param waitingThresholdSeconds the store's waiting threshold after the change
     */
    record SettingsChanged(long waitingThresholdSeconds) {
    }
}

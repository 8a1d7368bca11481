package dev.parley.adapters.websocket;

import dev.parley.application.settings.port.out.PublishSettingsChangedPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Announces changed settings to this node's widgets and inboxes as a CDI event that {@link ConnectionRegistry}
 * observes after commit (a driven adapter). Widgets are told only that something changed and fetch their
 * configuration again; inboxes get the new waiting threshold. The same news, first, has this node read the changed
 * section again ({@link SettingsRefresher}).
 */
@ApplicationScoped
class WebSocketSettingsPublisher implements PublishSettingsChangedPort {

    private Event<SettingsChanged> events;

    @Inject
    WebSocketSettingsPublisher(Event<SettingsChanged> events) {
        this.events = events;
    }

    /** For CDI proxies only. */
    protected WebSocketSettingsPublisher() {}

    @Override
    public void settingsChanged(String section, Duration waitingThreshold) {
        events.fire(new SettingsChanged(section, waitingThreshold.toSeconds()));
    }

    /**
     * "The settings changed": the CDI event.
     *
     * @param section the section that changed, such as {@code availability}
     * @param waitingThresholdSeconds the store's waiting threshold after the change
     */
    record SettingsChanged(String section, long waitingThresholdSeconds) {}
}

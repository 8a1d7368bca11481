package dev.parley.application.settings.port.out;

import java.time.Duration;

/**
 * Tells every open widget and inbox that the store's settings changed, so that widgets fetch their configuration
 * again and inboxes take the new waiting threshold. Driven by the settings use cases inside their transaction;
 * implementations deliver only once the transaction has committed, and a refused change announces nothing.
 */
public interface PublishSettingsChangedPort {

    /**
     * Announces a committed change of the settings.
     *
     * @param waitingThreshold the waiting threshold after the change, which inboxes highlight tickets by
     */
    void settingsChanged(Duration waitingThreshold);
}

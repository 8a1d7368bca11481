package dev.parley.application.settings.port.out;

import java.time.Duration;

/**
 * Tells every open widget and inbox that a section of the store's settings changed, so that widgets fetch their
 * configuration again, inboxes take the new waiting threshold, and the settings kept in memory are read again (see
 * {@link dev.parley.application.settings.port.in.RefreshSettingsUseCase}). Driven by the settings use cases inside
 * their transaction; implementations deliver only once the transaction has committed, and a refused change announces
 * nothing.
 */
public interface PublishSettingsChangedPort {

    /**
     * Announces a committed change of one section.
     *
     * @param section the section that changed, as its query names it, such as {@code availability}
     * @param waitingThreshold the waiting threshold after the change, which inboxes highlight tickets by
     */
    void settingsChanged(String section, Duration waitingThreshold);
}

package dev.parley.application.settings.port.in;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the chat behaves now.
 *
 * @param welcomeMessage what Parley says first in a live conversation
 * @param privacyPolicyUrl the privacy policy link shown before the first message, if any
 * @param termsUrl the terms link shown before the first message, if any
 * @param waitingThreshold how long a visitor may wait before the ticket is highlighted
 */
public record ChatBehaviour(
        String welcomeMessage, Optional<URI> privacyPolicyUrl, Optional<URI> termsUrl, Duration waitingThreshold) {

    public ChatBehaviour {
        Objects.requireNonNull(welcomeMessage, "welcome message");
        Objects.requireNonNull(privacyPolicyUrl, "privacy policy link");
        Objects.requireNonNull(termsUrl, "terms link");
        Objects.requireNonNull(waitingThreshold, "waiting threshold");
    }
}

package dev.parley.domain.settings;

import java.util.Objects;

/**
 * How the store's chat behaves. There is one store per installation. For now it holds the welcome message; the
 * design, FAQs, business hours and the rest join it as they are built.
 */
public record StoreSettings(WelcomeMessage welcomeMessage) {

    public StoreSettings {
        Objects.requireNonNull(welcomeMessage, "welcome message");
    }
}

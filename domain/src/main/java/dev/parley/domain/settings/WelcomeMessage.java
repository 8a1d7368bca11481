package dev.parley.domain.settings;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Objects;

/** What Parley says first when a visitor starts a live conversation, e.g. "How can we help you today?". */
public record WelcomeMessage(String value) {

    public static final int MAX_LENGTH = 1_000;

    public WelcomeMessage {
        Objects.requireNonNull(value, "welcome message");
        value = value.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    "invalid_welcome_message", "The welcome message is 1 to " + MAX_LENGTH + " characters long.");
        }
    }
}

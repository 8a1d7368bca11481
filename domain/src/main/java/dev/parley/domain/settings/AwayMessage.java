package dev.parley.domain.settings;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Objects;

/**
 * What Parley answers automatically when a visitor writes outside business hours, e.g. "We're away right now and
 * will reply as soon as we're back."
 *
 * @param value the trimmed text, 1 to {@value #MAX_LENGTH} characters
 */
public record AwayMessage(String value) {

    /** The longest away message, in characters. */
    public static final int MAX_LENGTH = 1_000;

    public AwayMessage {
        Objects.requireNonNull(value, "away message");
        value = value.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    "invalid_away_message", "The away message is 1 to " + MAX_LENGTH + " characters long.");
        }
    }
}

package dev.parley.domain.profile;

import dev.parley.domain.shared.DisplayText;
import dev.parley.domain.shared.InvalidValueException;
import java.util.Objects;

/**
 * What happened, in the store's words, such as "Placed Order": 1–100 characters, not blank, stripped and without the
 * characters that reorder or hide what is shown ({@link DisplayText}).
 */
public record EventName(String value) {

    public static final int MAX_LENGTH = 100;

    public EventName {
        value = DisplayText.clean(Objects.requireNonNull(value, "event name"));
        if (value.isBlank() || value.length() > MAX_LENGTH || Texts.hasControlCharacters(value)) {
            throw new InvalidValueException(
                    "invalid_event_name",
                    "An event name is 1 to " + MAX_LENGTH + " characters, not blank, without control characters.");
        }
    }
}

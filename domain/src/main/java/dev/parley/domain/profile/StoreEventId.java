package dev.parley.domain.profile;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Objects;

/** The store's own id of an event it records, which makes recording it again harmless: 1–100 characters. */
public record StoreEventId(String value) {

    public static final int MAX_LENGTH = 100;

    public StoreEventId {
        Objects.requireNonNull(value, "event id");
        if (value.isEmpty() || value.length() > MAX_LENGTH || Texts.hasControlCharacters(value)) {
            throw new InvalidValueException(
                    "invalid_event_id",
                    "An event id is 1 to " + MAX_LENGTH + " characters without control characters.");
        }
    }
}

package dev.parley.domain.profile;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Objects;

/** The store's own id of a user logged in to the store: 1–200 characters, no control characters. */
public record StoreUserId(String value) {

    /** The longest store user id, as for identity verification. */
    public static final int MAX_LENGTH = 200;

    public StoreUserId {
        Objects.requireNonNull(value, "store user id");
        if (value.isEmpty() || value.length() > MAX_LENGTH || Texts.hasControlCharacters(value)) {
            throw new InvalidValueException(
                    "invalid_external_user_id",
                    "A store user id is 1 to " + MAX_LENGTH + " characters without control characters.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

package dev.parley.domain.apikey;

import dev.parley.domain.shared.DisplayText;
import dev.parley.domain.shared.InvalidValueException;
import java.util.Objects;

/** What an admin calls a key, such as "Shop backend": 1–100 characters, stripped. */
public record ApiKeyName(String value) {

    public static final int MAX_LENGTH = 100;

    public ApiKeyName {
        Objects.requireNonNull(value, "name");
        value = DisplayText.clean(value);
        if (value.isEmpty() || value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(
                    "invalid_api_key_name", "An API key's name is 1 to " + MAX_LENGTH + " characters.");
        }
    }
}

package dev.parley.domain.settings;

import dev.parley.domain.shared.DisplayText;
import dev.parley.domain.shared.InvalidValueException;
import java.util.Objects;

/**
 * The name the store speaks under in the widget, e.g. "Acme Shoes": above its welcome and away messages, beside its
 * avatar (its initials), and in the widget's title. Shown as it is, so without characters that reorder or hide text.
 */
public record StoreName(String value) {

    public static final int MAX_LENGTH = 60;

    public StoreName {
        Objects.requireNonNull(value, "store name");
        value = DisplayText.clean(value);
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    "invalid_store_name", "The store's name is 1 to " + MAX_LENGTH + " characters long.");
        }
    }
}

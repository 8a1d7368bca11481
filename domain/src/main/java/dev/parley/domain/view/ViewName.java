package dev.parley.domain.view;

import dev.parley.domain.shared.DisplayText;
import dev.parley.domain.shared.InvalidValueException;
import java.util.Objects;

/**
 * What a saved view is called in the inbox's navigation: 1 to {@value #MAX_LENGTH} characters after trimming, on one
 * line.
 *
 * @param value the trimmed name
 */
public record ViewName(String value) {

    /** The longest name, in characters. */
    public static final int MAX_LENGTH = 60;

    /** @throws InvalidValueException with {@code invalid_view_name} when empty, too long or on several lines */
    public ViewName {
        Objects.requireNonNull(value, "view name");
        value = DisplayText.clean(value);
        if (value.isEmpty() || value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(
                    "invalid_view_name",
                    "A view's name is 1 to " + MAX_LENGTH + " characters on one line; this one has " + value.length()
                            + ".");
        }
    }
}

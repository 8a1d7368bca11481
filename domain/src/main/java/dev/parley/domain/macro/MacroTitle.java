package dev.parley.domain.macro;

import dev.parley.domain.shared.DisplayText;
import dev.parley.domain.shared.InvalidValueException;
import java.util.Objects;

/**
 * What agents pick a macro by: 1 to {@value #MAX_LENGTH} characters after trimming, plain text.
 *
 * @param value the trimmed title
 */
public record MacroTitle(String value) {

    /** The longest title, in characters. */
    public static final int MAX_LENGTH = 100;

    public MacroTitle {
        Objects.requireNonNull(value, "macro title");
        value = DisplayText.clean(value);
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    "invalid_macro_title",
                    "A macro's title is 1 to " + MAX_LENGTH + " characters long; this one has " + value.length() + ".");
        }
    }
}

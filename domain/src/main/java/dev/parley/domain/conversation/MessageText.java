package dev.parley.domain.conversation;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Objects;

/**
 * The text of a message: plain text, never markup, 1 to {@value #MAX_LENGTH} characters after trimming.
 *
 * @param value the trimmed text
 */
public record MessageText(String value) {

    /** The longest text a message may carry, in characters. */
    public static final int MAX_LENGTH = 4_000;

    public MessageText {
        Objects.requireNonNull(value, "message text");
        value = value.strip();
        if (value.isEmpty()) {
            throw new InvalidValueException("empty_message", "A message needs some text.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    "message_too_long",
                    "A message can be at most " + MAX_LENGTH + " characters long; this one has " + value.length()
                            + ".");
        }
    }

    /** The first {@code length} characters, with an ellipsis when cut, for lists and previews. */
    public String preview(int length) {
        return value.length() <= length ? value : value.substring(0, length).stripTrailing() + "…";
    }
}

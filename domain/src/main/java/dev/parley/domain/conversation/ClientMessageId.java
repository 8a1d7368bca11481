package dev.parley.domain.conversation;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id a client gives a message before it sends it, so that sending it again after a dropped connection stores it
 * once: 1 to 64 characters from {@code [A-Za-z0-9_-]}.
 */
public record ClientMessageId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public ClientMessageId {
        Objects.requireNonNull(value, "client message id");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException(
                    "malformed_frame", "A client message id is 1 to 64 letters, digits, '-' or '_'.");
        }
    }
}

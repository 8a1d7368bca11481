package dev.parley.domain.conversation;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * What a visitor added to their rating in their own words: plain text, 1 to {@value #MAX_LENGTH} characters after
 * trimming.
 *
 * @param value the trimmed text
 */
public record RatingComment(String value) {

    /** The longest comment, in characters: a few sentences, not a second conversation. */
    public static final int MAX_LENGTH = 500;

    public RatingComment {
        Objects.requireNonNull(value, "rating comment");
        value = value.strip();
        if (value.isEmpty()) {
            throw new InvalidValueException("empty_rating_comment", "A rating's comment, when given, needs some text.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    "rating_comment_too_long",
                    "A rating's comment can be at most " + MAX_LENGTH + " characters long; this one has "
                            + value.length() + ".");
        }
    }

    /** The comment in a text a visitor may have left empty: blank is no comment. */
    public static Optional<RatingComment> ofOptional(Optional<String> text) {
        return text.filter(given -> !given.isBlank()).map(RatingComment::new);
    }
}

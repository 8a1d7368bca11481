package dev.parley.domain.note;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Objects;

/**
 * The text of an internal note: plain text, never markup, 1 to {@value #MAX_LENGTH} characters after trimming (an
 * installation may allow fewer, see {@code NotePolicy}).
 *
 * @param value the trimmed text
 */
public record NoteText(String value) {

    /** The longest text a note can carry, in characters: what Parley stores. */
    public static final int MAX_LENGTH = 4_000;

    public NoteText {
        Objects.requireNonNull(value, "note text");
        value = value.strip();
        if (value.isEmpty()) {
            throw new InvalidValueException("empty_note", "A note needs some text.");
        }
        requireAtMost(value, MAX_LENGTH);
    }

    /**
     * Checks the text against an installation's lower limit.
     *
     * @throws InvalidValueException {@code note_too_long} when it has more than {@code maxLength} characters
     */
    public void requireAtMost(int maxLength) {
        requireAtMost(value, maxLength);
    }

    private static void requireAtMost(String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new InvalidValueException(
                    "note_too_long",
                    "A note can be at most " + maxLength + " characters long; this one has " + value.length() + ".");
        }
    }

    /** The first {@code length} characters, with an ellipsis when cut, for lists and emails. */
    public String preview(int length) {
        return value.length() <= length ? value : value.substring(0, length).stripTrailing() + "…";
    }
}

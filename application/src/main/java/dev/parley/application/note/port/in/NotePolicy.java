package dev.parley.application.note.port.in;

import dev.parley.domain.note.NoteText;

/**
 * The longest text a note may carry on this installation ({@code PARLEY_NOTE_MAX_LENGTH}), at most the {@value
 * NoteText#MAX_LENGTH} characters Parley stores.
 *
 * @param maxLength characters accepted after trimming (1 to {@value NoteText#MAX_LENGTH})
 */
public record NotePolicy(int maxLength) {

    public NotePolicy {
        if (maxLength < 1 || maxLength > NoteText.MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "The note length limit is 1 to " + NoteText.MAX_LENGTH + " characters, not " + maxLength);
        }
    }

    /** What Parley can store: {@value NoteText#MAX_LENGTH} characters. */
    public static NotePolicy storable() {
        return new NotePolicy(NoteText.MAX_LENGTH);
    }
}

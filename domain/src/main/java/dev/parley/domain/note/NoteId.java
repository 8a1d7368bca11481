package dev.parley.domain.note;

import java.util.Objects;
import java.util.UUID;

/** Identifies an internal note. */
public record NoteId(UUID value) {

    public NoteId {
        Objects.requireNonNull(value, "note id");
    }

    public static NoteId random() {
        return new NoteId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

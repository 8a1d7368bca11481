package dev.parley.domain.view;

import java.util.Objects;
import java.util.UUID;

/** Identifies a saved view. */
public record SavedViewId(UUID value) {

    public SavedViewId {
        Objects.requireNonNull(value, "view id");
    }

    public static SavedViewId random() {
        return new SavedViewId(UUID.randomUUID());
    }

    /**
     * The view with this id.
     *
     * @throws SavedViewNotFoundException when the text is no view id (no view can have it)
     */
    public static SavedViewId of(String value) {
        try {
            return new SavedViewId(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            throw new SavedViewNotFoundException(value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

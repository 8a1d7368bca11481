package dev.parley.domain.tag;

import java.util.Objects;
import java.util.UUID;

/** Identifies a tag. */
public record TagId(UUID value) {

    public TagId {
        Objects.requireNonNull(value, "tag id");
    }

    public static TagId random() {
        return new TagId(UUID.randomUUID());
    }

    /**
     * The tag with this id.
     *
     * @throws TagNotFoundException when the text is no tag id (no tag can have it)
     */
    public static TagId of(String value) {
        try {
            return new TagId(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            throw new TagNotFoundException(value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

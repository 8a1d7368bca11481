package dev.parley.domain.conversation;

import java.util.Objects;
import java.util.UUID;

/** Identifies an uploaded image. */
public record UploadId(UUID value) {

    public UploadId {
        Objects.requireNonNull(value, "upload id");
    }

    public static UploadId random() {
        return new UploadId(UUID.randomUUID());
    }

    /**
     * Reads an upload id from its text form.
     *
     * @throws UploadNotFoundException when the text is not an id at all: such an upload cannot exist
     */
    public static UploadId parse(String value) {
        try {
            return new UploadId(UUID.fromString(Objects.requireNonNull(value, "upload id")));
        } catch (IllegalArgumentException notAnId) {
            throw new UploadNotFoundException(value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package dev.parley.domain.settings;

import java.util.Objects;
import java.util.UUID;

/** Identifies one of the store's FAQs. */
public record FaqId(UUID value) {

    public FaqId {
        Objects.requireNonNull(value, "FAQ id");
    }

    public static FaqId random() {
        return new FaqId(UUID.randomUUID());
    }

    /**
     * Reads an FAQ id from its text form.
     *
     * @throws FaqNotFoundException when the text is not an id at all: such an FAQ cannot exist
     */
    public static FaqId parse(String value) {
        try {
            return new FaqId(UUID.fromString(Objects.requireNonNull(value, "FAQ id")));
        } catch (IllegalArgumentException notAnId) {
            throw new FaqNotFoundException(value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

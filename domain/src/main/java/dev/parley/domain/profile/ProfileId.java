package dev.parley.domain.profile;

import java.util.Objects;
import java.util.UUID;

/** Identifies a visitor's profile. */
public record ProfileId(UUID value) {

    public ProfileId {
        Objects.requireNonNull(value, "profile id");
    }

    public static ProfileId random() {
        return new ProfileId(UUID.randomUUID());
    }

    /**
     * Reads a profile id as a caller wrote it.
     *
     * @throws ProfileNotFoundException when it is not an id at all: no profile has it
     */
    public static ProfileId parse(String value) {
        try {
            return new ProfileId(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            throw new ProfileNotFoundException(value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

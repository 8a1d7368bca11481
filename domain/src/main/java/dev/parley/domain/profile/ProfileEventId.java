package dev.parley.domain.profile;

import java.util.Objects;
import java.util.UUID;

/** Parley's own id of a recorded event, which orders events that happened at the same instant. */
public record ProfileEventId(UUID value) {

    public ProfileEventId {
        Objects.requireNonNull(value, "profile event id");
    }

    public static ProfileEventId random() {
        return new ProfileEventId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

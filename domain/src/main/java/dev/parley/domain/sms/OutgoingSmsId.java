package dev.parley.domain.sms;

import java.util.Objects;
import java.util.UUID;

/** Identifies one reply on its way by SMS. */
public record OutgoingSmsId(UUID value) {

    public OutgoingSmsId {
        Objects.requireNonNull(value, "value");
    }

    public static OutgoingSmsId random() {
        return new OutgoingSmsId(UUID.randomUUID());
    }

    public static OutgoingSmsId of(String value) {
        return new OutgoingSmsId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

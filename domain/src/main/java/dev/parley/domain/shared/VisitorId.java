package dev.parley.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a storefront visitor, anonymous or logged in to the store. */
public record VisitorId(UUID value) {

    public VisitorId {
        Objects.requireNonNull(value, "visitor id");
    }

    public static VisitorId random() {
        return new VisitorId(UUID.randomUUID());
    }

    public static VisitorId of(String value) {
        return new VisitorId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

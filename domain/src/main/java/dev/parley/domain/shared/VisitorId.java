package dev.parley.domain.shared;

import java.util.Locale;
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

    /**
     * A short code for people to tell visitors apart when the store has not named them: the id's first four
     * hexadecimal digits in upper case, such as {@code 5F2A}. Clients word it ("Visitor 5F2A") in their language.
     */
    public String code() {
        return value.toString().substring(0, 4).toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package dev.parley.adapters.wire;

import java.util.Locale;

/** How enum values are spelled on the wire. */
final class Wire {

    private Wire() {}

    /** An enum constant in lower case: {@code OPEN} is {@code "open"}, {@code ENDED_BY_VISITOR} {@code "ended_by_visitor"}. */
    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}

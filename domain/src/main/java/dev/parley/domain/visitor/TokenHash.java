package dev.parley.domain.visitor;

import java.util.Objects;
import java.util.regex.Pattern;

/** The hex SHA-256 of a {@link VisitorToken}. */
public record TokenHash(String value) {

    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{64}");

    public TokenHash {
        Objects.requireNonNull(value, "token hash");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("A token hash is 64 lower-case hex digits");
        }
    }
}

package dev.parley.domain.team;

import java.util.Objects;
import java.util.regex.Pattern;

/** The hex SHA-256 of a {@link SessionToken}: identifies a session in storage without being able to sign in. */
public record SessionTokenHash(String value) {

    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{64}");

    public SessionTokenHash {
        Objects.requireNonNull(value, "session token hash");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("A session token hash is 64 lower-case hex digits");
        }
    }

    /** The first characters, enough to tell sessions apart in a log line without naming one. */
    public String shortForm() {
        return value.substring(0, 8);
    }

    @Override
    public String toString() {
        return value;
    }
}

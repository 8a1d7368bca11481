package dev.parley.domain.apikey;

import java.util.Objects;
import java.util.regex.Pattern;

/** The hex SHA-256 of an {@link ApiKeySecret}: all Parley keeps of the secret. */
public record ApiKeyHash(String value) {

    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{64}");

    public ApiKeyHash {
        Objects.requireNonNull(value, "api key hash");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("An API key hash is 64 lower-case hex digits");
        }
    }
}

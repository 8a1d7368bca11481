package dev.parley.domain.apikey;

import java.util.Objects;
import java.util.UUID;

/** Identifies an API key (not its secret). */
public record ApiKeyId(UUID value) {

    public ApiKeyId {
        Objects.requireNonNull(value, "api key id");
    }

    public static ApiKeyId random() {
        return new ApiKeyId(UUID.randomUUID());
    }

    /**
     * Reads an id as a caller wrote it.
     *
     * @throws ApiKeyNotFoundException when it is not an id at all
     */
    public static ApiKeyId parse(String value) {
        try {
            return new ApiKeyId(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            throw new ApiKeyNotFoundException();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package dev.parley.application.apikey.port.in;

import dev.parley.domain.apikey.ApiKeySecret;
import java.util.Objects;

/**
 * A key just created, with its secret: the only time the secret is known.
 *
 * @param key the key
 * @param secret its secret, to hand to the admin once
 */
public record CreatedApiKey(ApiKeyView key, ApiKeySecret secret) {

    public CreatedApiKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(secret, "secret");
    }
}

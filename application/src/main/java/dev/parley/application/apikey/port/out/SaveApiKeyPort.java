package dev.parley.application.apikey.port.out;

import dev.parley.domain.apikey.ApiKey;

/** Stores API keys; driven by the API key use cases. */
public interface SaveApiKeyPort {

    void create(ApiKey key);

    /** Stores when the key was last used and whether it is revoked. */
    void update(ApiKey key);
}

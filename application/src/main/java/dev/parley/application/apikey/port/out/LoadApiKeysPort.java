package dev.parley.application.apikey.port.out;

import dev.parley.domain.apikey.ApiKey;
import dev.parley.domain.apikey.ApiKeyHash;
import dev.parley.domain.apikey.ApiKeyId;
import java.util.List;
import java.util.Optional;

/** Reads API keys; driven by the API key use cases. */
public interface LoadApiKeysPort {

    Optional<ApiKey> findByHash(ApiKeyHash hash);

    Optional<ApiKey> findById(ApiKeyId id);

    /** Every key, newest first. */
    List<ApiKey> all();
}

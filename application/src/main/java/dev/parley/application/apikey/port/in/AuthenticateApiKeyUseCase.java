package dev.parley.application.apikey.port.in;

import dev.parley.domain.apikey.ApiKeyId;
import dev.parley.domain.apikey.ApiKeySecret;

/** Driven by the transports of server-to-server calls (the Events API). */
public interface AuthenticateApiKeyUseCase {

    /**
     * The key this secret belongs to, if it is still valid; notes the use.
     *
     * @throws dev.parley.domain.apikey.ApiKeyInvalidException when no valid key has this secret
     */
    ApiKeyId authenticate(ApiKeySecret presented);
}

package dev.parley.domain.apikey;

import dev.parley.domain.shared.DomainException;

/** A server-to-server call came without an API key Parley knows and that is still valid. */
public class ApiKeyInvalidException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ApiKeyInvalidException() {
        super(
                "api_key_invalid",
                "Send a valid API key as 'Authorization: Bearer <key>'; an admin creates keys in"
                        + " the settings. Revoked keys stop working at once.");
    }
}

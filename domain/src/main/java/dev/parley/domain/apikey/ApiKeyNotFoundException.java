package dev.parley.domain.apikey;

import dev.parley.domain.shared.NotFoundException;

/** No API key has this id. */
public class ApiKeyNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public ApiKeyNotFoundException() {
        super("api_key_not_found", "No API key with that id exists.");
    }
}

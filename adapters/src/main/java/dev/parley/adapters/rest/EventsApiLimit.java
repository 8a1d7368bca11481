package dev.parley.adapters.rest;

import dev.parley.domain.shared.RateLimit;
import java.util.Objects;

/**
 * How many Events API calls one API key may make ({@code events_api_per_key}); more are answered 429 {@code
 * rate_limited} with {@code Retry-After}, before anything is read or stored.
 *
 * @param perKey the calls one key may make within the window
 */
public record EventsApiLimit(RateLimit perKey) {

    public EventsApiLimit {
        Objects.requireNonNull(perKey, "per key");
    }
}

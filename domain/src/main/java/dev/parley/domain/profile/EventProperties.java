package dev.parley.domain.profile;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The details of an event as a JSON object in compact canonical text (keys sorted), such as
 * {@code {"currency":"EUR","value":129.9}}. The transport that reads the store's JSON writes it; the domain only
 * holds it and limits its size.
 */
public record EventProperties(String json) {

    public EventProperties {
        Objects.requireNonNull(json, "properties");
        if (!json.startsWith("{") || !json.endsWith("}")) {
            throw new IllegalArgumentException("Event properties are a JSON object");
        }
    }

    public static EventProperties none() {
        return new EventProperties("{}");
    }

    /**
     * Checks the size against the policy.
     *
     * @throws EventPropertiesTooLargeException when the UTF-8 text is over the limit
     */
    public EventProperties within(ProfilePolicy policy) {
        int bytes = json.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > policy.maxEventPropertiesBytes()) {
            throw new EventPropertiesTooLargeException(policy.maxEventPropertiesBytes());
        }
        return this;
    }
}

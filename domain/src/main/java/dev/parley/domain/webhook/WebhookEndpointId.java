package dev.parley.domain.webhook;

import java.util.Objects;
import java.util.UUID;

/** Identifies a webhook endpoint. */
public record WebhookEndpointId(UUID value) {

    public WebhookEndpointId {
        Objects.requireNonNull(value, "webhook endpoint id");
    }

    public static WebhookEndpointId random() {
        return new WebhookEndpointId(UUID.randomUUID());
    }

    /**
     * Reads an id as a caller wrote it.
     *
     * @throws WebhookEndpointNotFoundException when it is not an id at all
     */
    public static WebhookEndpointId parse(String value) {
        try {
            return new WebhookEndpointId(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            throw new WebhookEndpointNotFoundException();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

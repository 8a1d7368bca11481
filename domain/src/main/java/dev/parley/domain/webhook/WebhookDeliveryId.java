package dev.parley.domain.webhook;

import java.util.Objects;
import java.util.UUID;

/** Identifies one event's delivery to one endpoint. */
public record WebhookDeliveryId(UUID value) {

    public WebhookDeliveryId {
        Objects.requireNonNull(value, "webhook delivery id");
    }

    public static WebhookDeliveryId random() {
        return new WebhookDeliveryId(UUID.randomUUID());
    }

    /**
     * Reads an id as a caller wrote it.
     *
     * @throws WebhookDeliveryNotFoundException when it is not an id at all
     */
    public static WebhookDeliveryId parse(String value) {
        try {
            return new WebhookDeliveryId(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            throw new WebhookDeliveryNotFoundException();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

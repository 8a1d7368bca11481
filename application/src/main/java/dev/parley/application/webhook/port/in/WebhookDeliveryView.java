package dev.parley.application.webhook.port.in;

import dev.parley.domain.webhook.WebhookDelivery;
import dev.parley.domain.webhook.WebhookDeliveryStatus;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** One delivery in an endpoint's log. */
public record WebhookDeliveryView(
        String id,
        String eventId,
        String type,
        String status,
        int attempts,
        Instant createdAt,
        Optional<Instant> firstAttemptAt,
        Optional<Instant> lastAttemptAt,
        Optional<Instant> nextAttemptAt,
        Optional<Integer> responseStatus,
        Optional<String> error,
        Optional<Instant> deliveredAt) {

    public static WebhookDeliveryView of(WebhookDelivery delivery) {
        boolean pending = delivery.status() == WebhookDeliveryStatus.PENDING;
        return new WebhookDeliveryView(
                delivery.id().toString(),
                delivery.event().id(),
                delivery.event().type().wireName(),
                delivery.status().name().toLowerCase(Locale.ROOT),
                delivery.attempts(),
                delivery.createdAt(),
                delivery.firstAttemptAt(),
                delivery.lastAttemptAt(),
                pending ? Optional.of(delivery.nextAttemptAt()) : Optional.empty(),
                delivery.responseStatus(),
                delivery.lastError(),
                delivery.deliveredAt());
    }
}

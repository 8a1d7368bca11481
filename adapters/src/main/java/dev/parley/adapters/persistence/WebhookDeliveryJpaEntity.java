package dev.parley.adapters.persistence;

import dev.parley.domain.webhook.WebhookDelivery;
import dev.parley.domain.webhook.WebhookDeliveryId;
import dev.parley.domain.webhook.WebhookDeliveryStatus;
import dev.parley.domain.webhook.WebhookEndpointId;
import dev.parley.domain.webhook.WebhookEvent;
import dev.parley.domain.webhook.WebhookEventType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/** A row of {@code webhook_delivery}: one event on its way to one endpoint, and how it went. */
@Entity(name = "WebhookDelivery")
@Table(name = "webhook_delivery")
class WebhookDeliveryJpaEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "endpoint_id", nullable = false)
    String endpointId;

    @Column(name = "event_id", nullable = false)
    String eventId;

    @Column(name = "event_type", nullable = false)
    String eventType;

    @Column(name = "occurred_at", nullable = false)
    LocalDateTime occurredAt;

    @Column(name = "body", nullable = false)
    String body;

    @Column(name = "status", nullable = false)
    String status;

    @Column(name = "attempts", nullable = false)
    int attempts;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    LocalDateTime nextAttemptAt;

    @Column(name = "first_attempt_at")
    LocalDateTime firstAttemptAt;

    @Column(name = "last_attempt_at")
    LocalDateTime lastAttemptAt;

    @Column(name = "response_status")
    Integer responseStatus;

    @Column(name = "last_error")
    String lastError;

    @Column(name = "delivered_at")
    LocalDateTime deliveredAt;

    static WebhookDeliveryJpaEntity from(WebhookDelivery delivery) {
        WebhookDeliveryJpaEntity row = new WebhookDeliveryJpaEntity();
        row.id = delivery.id().toString();
        row.endpointId = delivery.endpoint().toString();
        row.eventId = delivery.event().id();
        row.eventType = delivery.event().type().name();
        row.occurredAt = UtcTimes.toColumn(delivery.event().occurredAt());
        row.body = delivery.event().body();
        row.createdAt = UtcTimes.toColumn(delivery.createdAt());
        row.copyStateOf(delivery);
        return row;
    }

    /** Changes go through the entity's own methods, which EclipseLink's woven change tracking sees. */
    void copyStateOf(WebhookDelivery delivery) {
        status = delivery.status().name();
        attempts = delivery.attempts();
        nextAttemptAt = UtcTimes.toColumn(delivery.nextAttemptAt());
        firstAttemptAt = UtcTimes.toColumn(delivery.firstAttemptAt().orElse(null));
        lastAttemptAt = UtcTimes.toColumn(delivery.lastAttemptAt().orElse(null));
        responseStatus = delivery.responseStatus().orElse(null);
        lastError = delivery.lastError().orElse(null);
        deliveredAt = UtcTimes.toColumn(delivery.deliveredAt().orElse(null));
    }

    WebhookDelivery toDomain() {
        return WebhookDelivery.reconstitute(
                new WebhookDeliveryId(UUID.fromString(id)),
                new WebhookEndpointId(UUID.fromString(endpointId)),
                new WebhookEvent(eventId, WebhookEventType.valueOf(eventType), UtcTimes.fromColumn(occurredAt), body),
                WebhookDeliveryStatus.valueOf(status),
                attempts,
                UtcTimes.fromColumn(createdAt),
                UtcTimes.fromColumn(nextAttemptAt),
                Optional.ofNullable(UtcTimes.fromColumn(firstAttemptAt)),
                Optional.ofNullable(UtcTimes.fromColumn(lastAttemptAt)),
                Optional.ofNullable(responseStatus),
                Optional.ofNullable(lastError),
                Optional.ofNullable(UtcTimes.fromColumn(deliveredAt)));
    }
}

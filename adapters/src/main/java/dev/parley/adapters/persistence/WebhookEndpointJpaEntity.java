package dev.parley.adapters.persistence;

import dev.parley.domain.shared.SealedSecret;
import dev.parley.domain.webhook.WebhookEndpoint;
import dev.parley.domain.webhook.WebhookEndpointId;
import dev.parley.domain.webhook.WebhookEventType;
import dev.parley.domain.webhook.WebhookUrl;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A row of {@code webhook_endpoint}; its event types as a comma-separated list of their names. */
@Entity(name = "WebhookEndpoint")
@Table(name = "webhook_endpoint")
class WebhookEndpointJpaEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "url", nullable = false)
    String url;

    @Column(name = "description", nullable = false)
    String description;

    @Column(name = "event_types", nullable = false)
    String eventTypes;

    @Column(name = "disabled_reason")
    String disabledReason;

    @Column(name = "secret", nullable = false)
    String secret;

    @Column(name = "previous_secret")
    String previousSecret;

    @Column(name = "previous_secret_until")
    LocalDateTime previousSecretUntil;

    @Column(name = "consecutive_failures", nullable = false)
    int consecutiveFailures;

    @Column(name = "failing_since")
    LocalDateTime failingSince;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    static WebhookEndpointJpaEntity from(WebhookEndpoint endpoint) {
        WebhookEndpointJpaEntity row = new WebhookEndpointJpaEntity();
        row.id = endpoint.id().toString();
        row.createdAt = UtcTimes.toColumn(endpoint.createdAt());
        row.copyStateOf(endpoint);
        return row;
    }

    /** Changes go through the entity's own methods, which EclipseLink's woven change tracking sees. */
    void copyStateOf(WebhookEndpoint endpoint) {
        url = endpoint.url().toString();
        description = endpoint.description();
        eventTypes = endpoint.types().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        disabledReason = endpoint.disabled().map(Enum::name).orElse(null);
        secret = endpoint.secret().value();
        previousSecret = endpoint.previousSecret().map(SealedSecret::value).orElse(null);
        previousSecretUntil = UtcTimes.toColumn(endpoint.previousSecretUntil().orElse(null));
        consecutiveFailures = endpoint.consecutiveFailures();
        failingSince = UtcTimes.toColumn(endpoint.failingSince().orElse(null));
    }

    WebhookEndpoint toDomain() {
        Set<WebhookEventType> types = Arrays.stream(eventTypes.split(","))
                .map(WebhookEventType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(WebhookEventType.class)));
        return WebhookEndpoint.reconstitute(
                new WebhookEndpointId(UUID.fromString(id)),
                new WebhookUrl(URI.create(url)),
                description,
                types,
                Optional.ofNullable(disabledReason).map(WebhookEndpoint.Disabled::valueOf),
                new SealedSecret(secret),
                Optional.ofNullable(previousSecret).map(SealedSecret::new),
                Optional.ofNullable(UtcTimes.fromColumn(previousSecretUntil)),
                consecutiveFailures,
                Optional.ofNullable(UtcTimes.fromColumn(failingSince)),
                UtcTimes.fromColumn(createdAt));
    }
}

package dev.parley.application.webhook;

import dev.parley.application.webhook.port.out.WebhookDeliveriesPort;
import dev.parley.application.webhook.port.out.WebhookEndpointsPort;
import dev.parley.domain.webhook.WebhookDelivery;
import dev.parley.domain.webhook.WebhookDeliveryId;
import dev.parley.domain.webhook.WebhookDeliveryStatus;
import dev.parley.domain.webhook.WebhookEndpoint;
import dev.parley.domain.webhook.WebhookEndpointId;
import dev.parley.domain.webhook.WebhookEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The webhook endpoints and deliveries, in memory. */
final class InMemoryWebhooks implements WebhookEndpointsPort, WebhookDeliveriesPort {

    final Map<WebhookEndpointId, WebhookEndpoint> endpoints = new LinkedHashMap<>();
    final Map<WebhookDeliveryId, WebhookDelivery> deliveries = new LinkedHashMap<>();

    @Override
    public List<WebhookEndpoint> all() {
        return List.copyOf(endpoints.values());
    }

    @Override
    public List<WebhookEndpoint> receiving(WebhookEventType type) {
        return endpoints.values().stream().filter(e -> e.receives(type)).toList();
    }

    @Override
    public Optional<WebhookEndpoint> find(WebhookEndpointId id) {
        return Optional.ofNullable(endpoints.get(id));
    }

    @Override
    public Optional<WebhookEndpoint> findForUpdate(WebhookEndpointId id) {
        return find(id);
    }

    @Override
    public long count() {
        return endpoints.size();
    }

    @Override
    public void create(WebhookEndpoint endpoint) {
        endpoints.put(endpoint.id(), endpoint);
    }

    @Override
    public void update(WebhookEndpoint endpoint) {
        endpoints.put(endpoint.id(), endpoint);
    }

    @Override
    public void delete(WebhookEndpointId id) {
        endpoints.remove(id);
        deliveries.values().removeIf(d -> d.endpoint().equals(id));
    }

    @Override
    public void create(WebhookDelivery delivery) {
        deliveries.put(delivery.id(), delivery);
    }

    @Override
    public List<WebhookDelivery> due(Instant now, int limit) {
        return deliveries.values().stream()
                .filter(d -> d.isDueAt(now))
                .sorted(Comparator.comparing(WebhookDelivery::nextAttemptAt))
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<WebhookDelivery> find(WebhookDeliveryId id) {
        return Optional.ofNullable(deliveries.get(id));
    }

    @Override
    public Optional<WebhookDelivery> findForUpdate(WebhookDeliveryId id) {
        return find(id);
    }

    @Override
    public void update(WebhookDelivery delivery) {
        deliveries.put(delivery.id(), delivery);
    }

    @Override
    public List<WebhookDelivery> recent(WebhookEndpointId endpoint, int limit) {
        List<WebhookDelivery> of = new ArrayList<>(deliveries.values().stream()
                .filter(d -> d.endpoint().equals(endpoint))
                .toList());
        java.util.Collections.reverse(of);
        return of.stream().limit(limit).toList();
    }

    @Override
    public List<WebhookDelivery> pending(WebhookEndpointId endpoint) {
        return deliveries.values().stream()
                .filter(d -> d.endpoint().equals(endpoint) && d.status() == WebhookDeliveryStatus.PENDING)
                .toList();
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        List<WebhookDeliveryId> old = deliveries.values().stream()
                .filter(d -> d.status() != WebhookDeliveryStatus.PENDING
                        && d.createdAt().isBefore(cutoff))
                .map(WebhookDelivery::id)
                .toList();
        old.forEach(deliveries::remove);
        return old.size();
    }
}

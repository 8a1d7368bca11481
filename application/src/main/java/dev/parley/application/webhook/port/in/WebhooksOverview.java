package dev.parley.application.webhook.port.in;

import java.util.List;
import java.util.Optional;

/**
 * The webhooks screen's content: the endpoints, what may be chosen, and whether secrets can be stored at all.
 *
 * @param endpoints every endpoint, oldest first
 * @param eventTypes the event types an endpoint may receive
 * @param maxEndpoints the most endpoints the store may have
 * @param httpAllowed whether plain http URLs are taken (development only)
 * @param secretsUnavailable why Parley cannot store an endpoint's secret now; empty when it can
 */
public record WebhooksOverview(
        List<WebhookView> endpoints,
        List<String> eventTypes,
        int maxEndpoints,
        boolean httpAllowed,
        Optional<String> secretsUnavailable) {

    public WebhooksOverview {
        endpoints = List.copyOf(endpoints);
        eventTypes = List.copyOf(eventTypes);
    }
}

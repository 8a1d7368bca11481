package dev.parley.application.webhook.port.out;

import dev.parley.domain.webhook.WebhookEndpoint;
import dev.parley.domain.webhook.WebhookEndpointId;
import dev.parley.domain.webhook.WebhookEventType;
import java.util.List;
import java.util.Optional;

/** Stores the store's webhook endpoints. */
public interface WebhookEndpointsPort {

    /** Every endpoint, oldest first. */
    List<WebhookEndpoint> all();

    /** The enabled endpoints subscribed to this type. */
    List<WebhookEndpoint> receiving(WebhookEventType type);

    Optional<WebhookEndpoint> find(WebhookEndpointId id);

    /** The endpoint, locked until the transaction ends. */
    Optional<WebhookEndpoint> findForUpdate(WebhookEndpointId id);

    long count();

    void create(WebhookEndpoint endpoint);

    void update(WebhookEndpoint endpoint);

    /** Deletes the endpoint and its delivery log. */
    void delete(WebhookEndpointId id);
}

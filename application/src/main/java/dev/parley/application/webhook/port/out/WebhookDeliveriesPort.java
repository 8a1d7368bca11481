package dev.parley.application.webhook.port.out;

import dev.parley.domain.webhook.WebhookDelivery;
import dev.parley.domain.webhook.WebhookDeliveryId;
import dev.parley.domain.webhook.WebhookEndpointId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The webhook outbox and delivery log. */
public interface WebhookDeliveriesPort {

    void create(WebhookDelivery delivery);

    /** The pending deliveries due at {@code now}, earliest first, at most {@code limit}. */
    List<WebhookDelivery> due(Instant now, int limit);

    Optional<WebhookDelivery> find(WebhookDeliveryId id);

    /** The delivery, locked until the transaction ends. */
    Optional<WebhookDelivery> findForUpdate(WebhookDeliveryId id);

    void update(WebhookDelivery delivery);

    /** The endpoint's deliveries, newest first, at most {@code limit}. */
    List<WebhookDelivery> recent(WebhookEndpointId endpoint, int limit);

    /** The endpoint's pending deliveries. */
    List<WebhookDelivery> pending(WebhookEndpointId endpoint);

    /**
     * Deletes the deliveries created before {@code cutoff} that are no longer pending.
     *
     * @return how many
     */
    int purgeBefore(Instant cutoff);
}

package dev.parley.application.webhook.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.webhook.WebhookDeliveryId;
import dev.parley.domain.webhook.WebhookEndpointId;
import java.util.List;

/** Admins' work on the store's webhook endpoints; every change is recorded in the audit log (never a secret). */
public interface ManageWebhooksUseCase {

    /** The endpoints, what may be chosen, and whether secrets can be stored. */
    WebhooksOverview overview(AgentId admin);

    /**
     * Registers an endpoint with a new secret, shown in the answer only.
     *
     * @throws dev.parley.domain.shared.SecretsKeyMissingException when Parley cannot store its secret
     * @throws dev.parley.domain.webhook.WebhookEndpointsFullException at the limit
     */
    CreatedWebhook register(WebhookCommand command);

    WebhookView change(WebhookEndpointId id, WebhookCommand command);

    void delete(AgentId admin, WebhookEndpointId id);

    /** A new secret, shown in the answer only; the previous one signs too for the overlap. */
    CreatedWebhook rotateSecret(AgentId admin, WebhookEndpointId id);

    /** Sends a test event to the endpoint now, and answers how it went. */
    WebhookDeliveryView sendTest(AgentId admin, WebhookEndpointId id);

    /** The endpoint's delivery log, newest first. */
    List<WebhookDeliveryView> deliveries(AgentId admin, WebhookEndpointId id, int limit);

    /** Sends a delivery again (same id and body), now. */
    WebhookDeliveryView redeliver(AgentId admin, WebhookEndpointId id, WebhookDeliveryId delivery);
}

package dev.parley.application.webhook.port.in;

import dev.parley.domain.webhook.WebhookEvent;

/**
 * Puts an event in the outbox of every enabled endpoint subscribed to its type, in the caller's transaction: it is
 * delivered only if what it tells was committed.
 */
public interface PublishWebhookEventUseCase {

    void publish(WebhookEvent event);
}

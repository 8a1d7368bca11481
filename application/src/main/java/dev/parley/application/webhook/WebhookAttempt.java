package dev.parley.application.webhook;

import dev.parley.domain.webhook.WebhookDeliveryId;
import dev.parley.domain.webhook.WebhookEvent;
import dev.parley.domain.webhook.WebhookSecret;
import dev.parley.domain.webhook.WebhookUrl;
import java.util.List;

/**
 * A claimed delivery, ready to send: where, what, and the secrets that sign it now.
 *
 * @param test whether it is an admin's test event, which is tried once and counts for nothing
 */
record WebhookAttempt(
        WebhookDeliveryId delivery, WebhookUrl url, WebhookEvent event, List<WebhookSecret> secrets, boolean test) {

    WebhookAttempt {
        secrets = List.copyOf(secrets);
    }

    @Override
    public String toString() {
        return "WebhookAttempt[" + delivery + " " + event.type().wireName() + "]";
    }
}

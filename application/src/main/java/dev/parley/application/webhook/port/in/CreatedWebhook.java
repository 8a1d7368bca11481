package dev.parley.application.webhook.port.in;

import dev.parley.domain.webhook.WebhookSecret;
import java.util.Objects;

/**
 * An endpoint with its new secret: the only time the secret is shown.
 *
 * @param endpoint the endpoint
 * @param secret its new signing secret
 */
public record CreatedWebhook(WebhookView endpoint, WebhookSecret secret) {

    public CreatedWebhook {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(secret, "secret");
    }
}

package dev.parley.application.webhook.port.in;

import dev.parley.domain.webhook.WebhookEndpoint;
import dev.parley.domain.webhook.WebhookEventType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An endpoint as admins see it: never its secret.
 *
 * @param disabled why it is disabled ({@code by_admin}, {@code gone}, {@code failing}); empty while enabled
 * @param previousSecretUntil until when the previous secret still signs, after a rotation
 */
public record WebhookView(
        String id,
        String url,
        String description,
        List<String> types,
        boolean enabled,
        Optional<String> disabled,
        int consecutiveFailures,
        Optional<Instant> failingSince,
        Optional<Instant> previousSecretUntil,
        Instant createdAt) {

    public static WebhookView of(WebhookEndpoint endpoint, Instant now) {
        return new WebhookView(
                endpoint.id().toString(),
                endpoint.url().toString(),
                endpoint.description(),
                WebhookEventType.subscribable().stream()
                        .filter(endpoint.types()::contains)
                        .map(WebhookEventType::wireName)
                        .toList(),
                endpoint.enabled(),
                endpoint.disabled().map(why -> why.name().toLowerCase(Locale.ROOT)),
                endpoint.consecutiveFailures(),
                endpoint.failingSince(),
                endpoint.previousSecretUntil().filter(now::isBefore),
                endpoint.createdAt());
    }
}

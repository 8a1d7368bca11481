package dev.parley.application.webhook.port.in;

import dev.parley.domain.shared.RateLimit;
import java.util.Objects;

/**
 * How many test events an admin may send ({@code PARLEY_LIMIT_WEBHOOK_TESTS_PER_ADMIN}): each is a request to an
 * address the admin chose, and a loop of them would make Parley hammer it.
 *
 * @param perAdmin {@code webhook_tests_per_admin}
 */
public record WebhookTestLimits(RateLimit perAdmin) {

    /** The name of the per-admin limit. */
    public static final String PER_ADMIN = "webhook_tests_per_admin";

    public WebhookTestLimits {
        Objects.requireNonNull(perAdmin, "webhook tests per admin");
    }
}

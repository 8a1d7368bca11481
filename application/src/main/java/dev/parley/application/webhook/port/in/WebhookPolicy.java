package dev.parley.application.webhook.port.in;

import dev.parley.domain.shared.RetrySchedule;
import java.time.Duration;
import java.util.Objects;

/**
 * The bounds of outgoing webhooks, from configuration.
 *
 * @param maxEndpoints the most endpoints a store may register
 * @param allowHttp whether plain http URLs are taken (development only)
 * @param allowPrivateAddresses whether receivers on loopback and private networks may be reached (development only)
 * @param timeout the longest one attempt may take, connecting and answering
 * @param retries how long each failed delivery waits before its next attempt, and how many attempts it gets
 * @param claimLease how long a claimed delivery is kept from other workers while its attempt runs
 * @param batchSize the most deliveries a worker's round attempts
 * @param rotationOverlap how long the previous secret signs too after a rotation
 * @param disableAfterFailures the failures in a row after which an endpoint is disabled
 * @param disableAfterFailingFor how long an endpoint may keep failing before it is disabled
 * @param logRetention how long the delivery log keeps a finished delivery
 */
public record WebhookPolicy(
        int maxEndpoints,
        boolean allowHttp,
        boolean allowPrivateAddresses,
        Duration timeout,
        RetrySchedule retries,
        Duration claimLease,
        int batchSize,
        Duration rotationOverlap,
        int disableAfterFailures,
        Duration disableAfterFailingFor,
        Duration logRetention) {

    public static final int DEFAULT_MAX_ENDPOINTS = 20;
    /** 30 s, 2 min, 10 min, 1 h, 6 h, 24 h: seven attempts over about a day and a third. */
    public static final String DEFAULT_RETRY_WAITS = "30s,2m,10m,1h,6h,24h";

    public static final int DEFAULT_ATTEMPTS = 7;
    public static final String DEFAULT_ROTATION_OVERLAP = "24h";
    public static final int DEFAULT_DISABLE_AFTER_FAILURES = 50;
    public static final String DEFAULT_DISABLE_AFTER_FAILING_FOR = "5d";
    public static final String DEFAULT_LOG_RETENTION = "30d";

    public WebhookPolicy {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(retries, "retries");
        Objects.requireNonNull(claimLease, "claimLease");
        Objects.requireNonNull(rotationOverlap, "rotationOverlap");
        Objects.requireNonNull(disableAfterFailingFor, "disableAfterFailingFor");
        Objects.requireNonNull(logRetention, "logRetention");
        if (maxEndpoints < 1 || batchSize < 1 || disableAfterFailures < 1) {
            throw new IllegalArgumentException("Webhook limits are at least 1");
        }
    }
}

package dev.parley.domain.webhook;

import dev.parley.domain.shared.RetrySchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One event on its way to one endpoint: written in the transaction of what happened, then attempted by a worker that
 * claims it (one attempt counted, the next attempt moved a lease ahead, under a row lock) before it sends, so that two
 * workers never send it at once. A failed attempt is retried on the schedule, and given up after its last one; a
 * {@code 410 Gone} gives up at once. Every attempt sends the same {@code webhook-id} and body.
 */
public final class WebhookDelivery {

    /** The longest failure reason kept. */
    public static final int MAX_ERROR = 500;

    private final WebhookDeliveryId id;
    private final WebhookEndpointId endpoint;
    private final WebhookEvent event;
    private WebhookDeliveryStatus status;
    private int attempts;
    private final Instant createdAt;
    private Instant nextAttemptAt;
    private Optional<Instant> firstAttemptAt;
    private Optional<Instant> lastAttemptAt;
    private Optional<Integer> responseStatus;
    private Optional<String> lastError;
    private Optional<Instant> deliveredAt;

    private WebhookDelivery(
            WebhookDeliveryId id,
            WebhookEndpointId endpoint,
            WebhookEvent event,
            WebhookDeliveryStatus status,
            int attempts,
            Instant createdAt,
            Instant nextAttemptAt,
            Optional<Instant> firstAttemptAt,
            Optional<Instant> lastAttemptAt,
            Optional<Integer> responseStatus,
            Optional<String> lastError,
            Optional<Instant> deliveredAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.event = Objects.requireNonNull(event, "event");
        this.status = Objects.requireNonNull(status, "status");
        this.attempts = attempts;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.nextAttemptAt = Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        this.firstAttemptAt = Objects.requireNonNull(firstAttemptAt, "firstAttemptAt");
        this.lastAttemptAt = Objects.requireNonNull(lastAttemptAt, "lastAttemptAt");
        this.responseStatus = Objects.requireNonNull(responseStatus, "responseStatus");
        this.lastError = Objects.requireNonNull(lastError, "lastError");
        this.deliveredAt = Objects.requireNonNull(deliveredAt, "deliveredAt");
    }

    /** A new delivery, due at once. */
    public static WebhookDelivery schedule(WebhookEndpointId endpoint, WebhookEvent event, Instant now) {
        return new WebhookDelivery(
                WebhookDeliveryId.random(),
                endpoint,
                event,
                WebhookDeliveryStatus.PENDING,
                0,
                now,
                now,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** A delivery as stored. */
    public static WebhookDelivery reconstitute(
            WebhookDeliveryId id,
            WebhookEndpointId endpoint,
            WebhookEvent event,
            WebhookDeliveryStatus status,
            int attempts,
            Instant createdAt,
            Instant nextAttemptAt,
            Optional<Instant> firstAttemptAt,
            Optional<Instant> lastAttemptAt,
            Optional<Integer> responseStatus,
            Optional<String> lastError,
            Optional<Instant> deliveredAt) {
        return new WebhookDelivery(
                id,
                endpoint,
                event,
                status,
                attempts,
                createdAt,
                nextAttemptAt,
                firstAttemptAt,
                lastAttemptAt,
                responseStatus,
                lastError,
                deliveredAt);
    }

    /** Whether an attempt is due now. */
    public boolean isDueAt(Instant now) {
        return status == WebhookDeliveryStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    /** Takes the delivery for one attempt: counts it, and keeps others away for the lease. */
    public void claim(Instant now, Duration lease) {
        attempts++;
        if (firstAttemptAt.isEmpty()) {
            firstAttemptAt = Optional.of(now);
        }
        lastAttemptAt = Optional.of(now);
        nextAttemptAt = now.plus(lease);
    }

    /** The receiver answered 2xx. */
    public void delivered(int response, Instant now) {
        status = WebhookDeliveryStatus.DELIVERED;
        responseStatus = Optional.of(response);
        lastError = Optional.empty();
        deliveredAt = Optional.of(now);
    }

    /**
     * The attempt failed: tried again after the schedule's wait, or given up after the last attempt.
     *
     * @param response the receiver's status, when it answered
     * @param reason why, without secrets
     */
    public void failed(Optional<Integer> response, String reason, Instant now, RetrySchedule retries) {
        responseStatus = response;
        lastError = Optional.of(cut(reason));
        Optional<Duration> wait = retries.waitAfter(Math.max(1, attempts));
        if (wait.isPresent()) {
            nextAttemptAt = now.plus(wait.get());
        } else {
            status = WebhookDeliveryStatus.FAILED;
        }
    }

    /** The receiver answered {@code 410 Gone}: no more attempts. */
    public void gone(int response) {
        status = WebhookDeliveryStatus.FAILED;
        responseStatus = Optional.of(response);
        lastError = Optional.of("the receiver answered 410 Gone; the endpoint was disabled");
    }

    /**
     * Not sent after all (its endpoint was disabled or deleted).
     *
     * @return whether it was still pending
     */
    public boolean drop(String why) {
        if (status != WebhookDeliveryStatus.PENDING) {
            return false;
        }
        status = WebhookDeliveryStatus.DROPPED;
        lastError = Optional.of(cut(why));
        return true;
    }

    /** An admin asks for it again: pending at once, with a fresh schedule, the same id and body. */
    public void redeliver(Instant now) {
        status = WebhookDeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        deliveredAt = Optional.empty();
    }

    public WebhookDeliveryId id() {
        return id;
    }

    public WebhookEndpointId endpoint() {
        return endpoint;
    }

    public WebhookEvent event() {
        return event;
    }

    public WebhookDeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<Instant> firstAttemptAt() {
        return firstAttemptAt;
    }

    public Optional<Instant> lastAttemptAt() {
        return lastAttemptAt;
    }

    public Optional<Integer> responseStatus() {
        return responseStatus;
    }

    public Optional<String> lastError() {
        return lastError;
    }

    public Optional<Instant> deliveredAt() {
        return deliveredAt;
    }

    private static String cut(String reason) {
        String given = reason == null ? "" : reason;
        return given.length() > MAX_ERROR ? given.substring(0, MAX_ERROR) : given;
    }
}

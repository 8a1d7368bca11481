package dev.parley.domain.sms;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.shared.RetrySchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One reply on its way to a phone: written in the transaction that stored the reply, then sent by a worker that claims
 * it (one attempt counted, the next moved a lease ahead, under a row lock) before it calls the provider. The provider's
 * status callbacks then move it forward, never back; a failed attempt is retried on the schedule, and a refusal
 * (an invalid or opted-out number) is final at once.
 */
public final class OutgoingSms {

    /** The longest failure reason kept. */
    public static final int MAX_ERROR = 300;

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,16}");

    /** The longest wait a provider's {@code Retry-After} may impose on one attempt. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(30);

    private final OutgoingSmsId id;
    private final ConversationId conversation;
    private final long seq;
    private final PhoneNumber to;
    private final String body;
    private final int segments;
    private SmsDeliveryState state;
    private int attempts;
    private final Instant createdAt;
    private Instant nextAttemptAt;
    private Optional<String> providerId;
    private Optional<String> errorCode;
    private Optional<String> error;
    private Instant updatedAt;
    private Optional<Instant> acceptedAt;

    private OutgoingSms(Fields fields) {
        this.id = Objects.requireNonNull(fields.id(), "id");
        this.conversation = Objects.requireNonNull(fields.conversation(), "conversation");
        if (fields.seq() < 1) {
            throw new IllegalArgumentException("A message's sequence number starts at 1");
        }
        this.seq = fields.seq();
        this.to = Objects.requireNonNull(fields.to(), "to");
        this.body = Objects.requireNonNull(fields.body(), "body");
        this.segments = SmsSegments.of(body).segments();
        this.state = Objects.requireNonNull(fields.state(), "state");
        if (fields.attempts() < 0) {
            throw new IllegalArgumentException("Attempts are never negative");
        }
        this.attempts = fields.attempts();
        this.createdAt = Objects.requireNonNull(fields.createdAt(), "createdAt");
        this.nextAttemptAt = Objects.requireNonNull(fields.nextAttemptAt(), "nextAttemptAt");
        this.providerId = Objects.requireNonNull(fields.providerId(), "providerId");
        this.errorCode = Objects.requireNonNull(fields.errorCode(), "errorCode");
        this.error = Objects.requireNonNull(fields.error(), "error");
        this.updatedAt = Objects.requireNonNull(fields.updatedAt(), "updatedAt");
        this.acceptedAt = Objects.requireNonNull(fields.acceptedAt(), "acceptedAt");
    }

    /** A reply to send, due at once. */
    public static OutgoingSms queue(ConversationId conversation, long seq, PhoneNumber to, String body, Instant now) {
        return new OutgoingSms(new Fields(
                OutgoingSmsId.random(),
                conversation,
                seq,
                to,
                body,
                SmsDeliveryState.PENDING,
                0,
                now,
                now,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                now,
                Optional.empty()));
    }

    /** A reply as stored. */
    public static OutgoingSms reconstitute(Fields fields) {
        return new OutgoingSms(fields);
    }

    /** Whether an attempt is due now. */
    public boolean isDueAt(Instant now) {
        return state == SmsDeliveryState.PENDING && !nextAttemptAt.isAfter(now);
    }

    /** Takes the reply for one attempt: counts it, and keeps other workers away for the lease. */
    public void claim(Instant now, Duration lease) {
        if (state != SmsDeliveryState.PENDING) {
            throw new IllegalStateException("SMS " + id + " is " + state);
        }
        attempts++;
        nextAttemptAt = now.plus(lease);
        updatedAt = now;
    }

    /**
     * The provider took the message under its id. A status callback that overtook this answer has moved the state on
     * already; it stays there.
     */
    public void accepted(String messageId, SmsDeliveryState reported, Instant now) {
        providerId = Optional.of(Objects.requireNonNull(messageId, "messageId"));
        acceptedAt = Optional.of(now);
        SmsDeliveryState initial = reported == SmsDeliveryState.PENDING ? SmsDeliveryState.QUEUED : reported;
        if (state.canMoveTo(initial)) {
            state = initial;
        }
        updatedAt = now;
    }

    /**
     * The provider reported a later state (a status callback, possibly repeated or late).
     *
     * @return whether the state moved forward; a report of an earlier or the same state changes nothing
     */
    public boolean reported(SmsDeliveryState next, Optional<String> providerError, Instant now) {
        if (!state.canMoveTo(next)) {
            return false;
        }
        state = next;
        if (next == SmsDeliveryState.UNDELIVERED || next == SmsDeliveryState.FAILED) {
            errorCode = code(providerError);
            error = Optional.of(errorCode.map(SmsErrors::describe).orElse("not delivered"));
        }
        updatedAt = now;
        return true;
    }

    /** Parley refuses to send it, for good (the number opted out, the channel was turned off). */
    public void refuse(Optional<String> code, String why, Instant now) {
        if (state.isFinal()) {
            return;
        }
        state = SmsDeliveryState.FAILED;
        errorCode = code(code);
        error = Optional.of(cut(why));
        updatedAt = now;
    }

    /**
     * The attempt failed: tried again after the schedule's wait (or the provider's, when longer, up to {@link
     * #MAX_RETRY_AFTER}), unless it cannot succeed or no attempt is left; then it failed for good.
     *
     * @param retryable whether trying again may help (not for a refused number or refused credentials)
     * @param code the provider's error code, when it gave one
     * @param why the failure in words, without secrets
     * @return whether it failed for good
     */
    public boolean failed(
            boolean retryable,
            Optional<Duration> retryAfter,
            Optional<String> code,
            String why,
            Instant now,
            RetrySchedule retries) {
        if (state != SmsDeliveryState.PENDING) {
            throw new IllegalStateException("SMS " + id + " is " + state + " already");
        }
        errorCode = code(code);
        error = Optional.of(cut(why));
        updatedAt = now;
        Optional<Duration> wait = retryable ? retries.waitAfter(Math.max(1, attempts)) : Optional.empty();
        if (wait.isEmpty()) {
            state = SmsDeliveryState.FAILED;
            return true;
        }
        Duration asked = retryAfter.filter(after -> !after.isNegative()).orElse(Duration.ZERO);
        Duration longer = asked.compareTo(wait.get()) > 0
                ? (asked.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : asked)
                : wait.get();
        nextAttemptAt = now.plus(longer);
        return false;
    }

    /** A provider's error code as stored: letters, digits, {@code _} and {@code -}, at most 16; anything else is none. */
    private static Optional<String> code(Optional<String> given) {
        return given.map(String::strip).filter(CODE.asMatchPredicate());
    }

    private static String cut(String why) {
        String given = why == null ? "" : why;
        return given.length() > MAX_ERROR ? given.substring(0, MAX_ERROR) : given;
    }

    public OutgoingSmsId id() {
        return id;
    }

    public ConversationId conversation() {
        return conversation;
    }

    public long seq() {
        return seq;
    }

    public PhoneNumber to() {
        return to;
    }

    public String body() {
        return body;
    }

    public int segments() {
        return segments;
    }

    public SmsDeliveryState state() {
        return state;
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

    public Optional<String> providerId() {
        return providerId;
    }

    public Optional<String> errorCode() {
        return errorCode;
    }

    public Optional<String> error() {
        return error;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** When the provider took it. */
    public Optional<Instant> acceptedAt() {
        return acceptedAt;
    }

    @Override
    public String toString() {
        return "OutgoingSms[" + id + ", " + state + "]";
    }

    /** Everything an outgoing SMS is made of, as stored. */
    public record Fields(
            OutgoingSmsId id,
            ConversationId conversation,
            long seq,
            PhoneNumber to,
            String body,
            SmsDeliveryState state,
            int attempts,
            Instant createdAt,
            Instant nextAttemptAt,
            Optional<String> providerId,
            Optional<String> errorCode,
            Optional<String> error,
            Instant updatedAt,
            Optional<Instant> acceptedAt) {}
}

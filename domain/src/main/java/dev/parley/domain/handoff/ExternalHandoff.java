package dev.parley.domain.handoff;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.Helpdesk;
import dev.parley.domain.shared.RetrySchedule;
import dev.parley.domain.shared.VisitorId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One conversation on its way to the store's external helpdesk: written in the transaction in which the AI agent
 * handed the conversation off, then attempted by a worker that claims it (one attempt counted, the next moved a lease
 * ahead, under a row lock) before it calls the helpdesk. A failed attempt is retried on the schedule, or after the
 * wait the helpdesk asked for when it is longer; after the last one the conversation falls back to Parley's inbox.
 * Every attempt carries the same key, so that the helpdesk makes one ticket however often it is asked.
 */
public final class ExternalHandoff {

    /** The longest failure reason kept. */
    public static final int MAX_ERROR = 500;

    /** The longest wait a helpdesk's {@code Retry-After} may impose on one attempt. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

    private final HandoffId id;
    private final ConversationId conversation;
    private final VisitorId visitor;
    private final Helpdesk helpdesk;
    private final String email;
    private final HandoffReason reason;
    private final Optional<String> language;
    private HandoffStatus status;
    private int attempts;
    private final Instant createdAt;
    private Instant nextAttemptAt;
    private Optional<String> externalId;
    private Optional<String> externalUrl;
    private Optional<String> lastError;
    private Optional<Instant> finishedAt;

    private ExternalHandoff(
            HandoffId id,
            ConversationId conversation,
            VisitorId visitor,
            Helpdesk helpdesk,
            String email,
            HandoffReason reason,
            Optional<String> language,
            HandoffStatus status,
            int attempts,
            Instant createdAt,
            Instant nextAttemptAt,
            Optional<String> externalId,
            Optional<String> externalUrl,
            Optional<String> lastError,
            Optional<Instant> finishedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        this.visitor = Objects.requireNonNull(visitor, "visitor");
        this.helpdesk = Objects.requireNonNull(helpdesk, "helpdesk");
        this.email = Objects.requireNonNull(email, "email");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.language = Objects.requireNonNull(language, "language");
        this.status = Objects.requireNonNull(status, "status");
        if (attempts < 0) {
            throw new IllegalArgumentException("Attempts are never negative");
        }
        this.attempts = attempts;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.nextAttemptAt = Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        this.externalId = Objects.requireNonNull(externalId, "externalId");
        this.externalUrl = Objects.requireNonNull(externalUrl, "externalUrl");
        this.lastError = Objects.requireNonNull(lastError, "lastError");
        this.finishedAt = Objects.requireNonNull(finishedAt, "finishedAt");
    }

    /** A new handoff, due at once. */
    public static ExternalHandoff start(
            ConversationId conversation,
            VisitorId visitor,
            Helpdesk helpdesk,
            String email,
            HandoffReason reason,
            Optional<String> language,
            Instant now) {
        return new ExternalHandoff(
                HandoffId.random(),
                conversation,
                visitor,
                helpdesk,
                email,
                reason,
                language,
                HandoffStatus.PENDING,
                0,
                now,
                now,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** A handoff as stored. */
    public static ExternalHandoff reconstitute(
            HandoffId id,
            ConversationId conversation,
            VisitorId visitor,
            Helpdesk helpdesk,
            String email,
            HandoffReason reason,
            Optional<String> language,
            HandoffStatus status,
            int attempts,
            Instant createdAt,
            Instant nextAttemptAt,
            Optional<String> externalId,
            Optional<String> externalUrl,
            Optional<String> lastError,
            Optional<Instant> finishedAt) {
        return new ExternalHandoff(
                id,
                conversation,
                visitor,
                helpdesk,
                email,
                reason,
                language,
                status,
                attempts,
                createdAt,
                nextAttemptAt,
                externalId,
                externalUrl,
                lastError,
                finishedAt);
    }

    /** Whether an attempt is due now. */
    public boolean isDueAt(Instant now) {
        return status == HandoffStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    /** Takes the handoff for one attempt: counts it, and keeps other workers away for the lease. */
    public void claim(Instant now, Duration lease) {
        if (status != HandoffStatus.PENDING) {
            throw new IllegalStateException("Handoff " + id + " is " + status);
        }
        attempts++;
        nextAttemptAt = now.plus(lease);
    }

    /** The helpdesk made the ticket (or had made it for an earlier attempt). */
    public void delivered(String ticketId, Optional<String> ticketUrl, Instant now) {
        requirePending();
        status = HandoffStatus.DELIVERED;
        externalId = Optional.of(Objects.requireNonNull(ticketId, "ticket id"));
        externalUrl = Objects.requireNonNull(ticketUrl, "ticket url");
        lastError = Optional.empty();
        finishedAt = Optional.of(now);
    }

    /**
     * The attempt failed: tried again after the schedule's wait (or the helpdesk's, when it asked for a longer one, up
     * to {@link #MAX_RETRY_AFTER}), unless it cannot succeed or no attempt is left.
     *
     * @param retryable whether trying again may help (not for refused credentials or a refused request)
     * @param retryAfter how long the helpdesk asked to wait, when it did
     * @param why the failure, without secrets
     * @return whether the handoff is given up: the caller falls back to Parley's inbox
     */
    public boolean failed(
            boolean retryable, Optional<Duration> retryAfter, String why, Instant now, RetrySchedule retries) {
        requirePending();
        lastError = Optional.of(cut(why));
        Optional<Duration> wait = retryable ? retries.waitAfter(Math.max(1, attempts)) : Optional.empty();
        if (wait.isEmpty()) {
            status = HandoffStatus.FELL_BACK;
            finishedAt = Optional.of(now);
            return true;
        }
        Duration asked = retryAfter.filter(after -> !after.isNegative()).orElse(Duration.ZERO);
        Duration longer = asked.compareTo(wait.get()) > 0 ? min(asked, MAX_RETRY_AFTER) : wait.get();
        nextAttemptAt = now.plus(longer);
        return false;
    }

    private void requirePending() {
        if (status != HandoffStatus.PENDING) {
            throw new IllegalStateException("Handoff " + id + " is " + status + " already");
        }
    }

    private static Duration min(Duration one, Duration other) {
        return one.compareTo(other) <= 0 ? one : other;
    }

    private static String cut(String why) {
        String given = why == null ? "" : why;
        return given.length() > MAX_ERROR ? given.substring(0, MAX_ERROR) : given;
    }

    public HandoffId id() {
        return id;
    }

    public ConversationId conversation() {
        return conversation;
    }

    public VisitorId visitor() {
        return visitor;
    }

    public Helpdesk helpdesk() {
        return helpdesk;
    }

    /** The address the helpdesk replies to; never logged. */
    public String email() {
        return email;
    }

    public HandoffReason reason() {
        return reason;
    }

    public Optional<String> language() {
        return language;
    }

    public HandoffStatus status() {
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

    public Optional<String> externalId() {
        return externalId;
    }

    public Optional<String> externalUrl() {
        return externalUrl;
    }

    public Optional<String> lastError() {
        return lastError;
    }

    public Optional<Instant> finishedAt() {
        return finishedAt;
    }

    @Override
    public String toString() {
        return "ExternalHandoff[" + id + ", " + helpdesk.code() + ", " + status + "]";
    }
}

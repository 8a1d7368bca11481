package dev.parley.domain.notification;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.RetrySchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One admin's email about something that stopped working on its own (a webhook endpoint disabled, a handoff fallen
 * back to the inbox), kept in an outbox until it is sent: written in the transaction that noticed it, claimed by a
 * worker for each attempt, retried on the schedule, and given up after the last attempt.
 *
 * @see AdminAlertKind
 */
public final class AdminAlert {

    /** The longest subject ({@code about}) and detail kept, in characters. */
    public static final int MAX_TEXT = 500;

    private final UUID id;
    private final AgentId admin;
    private final AdminAlertKind kind;
    private final String about;
    private final String detail;
    private final Instant createdAt;
    private NotificationStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant sentAt;
    private String lastError;

    private AdminAlert(
            UUID id,
            AgentId admin,
            AdminAlertKind kind,
            String about,
            String detail,
            Instant createdAt,
            NotificationStatus status,
            int attempts,
            Instant nextAttemptAt,
            Instant sentAt,
            String lastError) {
        this.id = Objects.requireNonNull(id, "id");
        this.admin = Objects.requireNonNull(admin, "admin");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.about = cut(Objects.requireNonNull(about, "about"));
        this.detail = cut(Objects.requireNonNull(detail, "detail"));
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Objects.requireNonNull(status, "status");
        this.nextAttemptAt = Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("Attempts cannot be negative");
        }
        this.attempts = attempts;
        this.sentAt = sentAt;
        this.lastError = lastError;
    }

    /**
     * An alert for one admin, due at once.
     *
     * @param about what stopped working, in words any reader understands (a webhook's address, a helpdesk's name)
     * @param detail why, without secrets or a visitor's address
     */
    public static AdminAlert raise(AgentId admin, AdminAlertKind kind, String about, String detail, Instant now) {
        return new AdminAlert(
                UUID.randomUUID(), admin, kind, about, detail, now, NotificationStatus.PENDING, 0, now, null, null);
    }

    /** An alert as stored. */
    public static AdminAlert reconstitute(
            UUID id,
            AgentId admin,
            AdminAlertKind kind,
            String about,
            String detail,
            Instant createdAt,
            NotificationStatus status,
            int attempts,
            Instant nextAttemptAt,
            Optional<Instant> sentAt,
            Optional<String> lastError) {
        return new AdminAlert(
                id,
                admin,
                kind,
                about,
                detail,
                createdAt,
                status,
                attempts,
                nextAttemptAt,
                sentAt.orElse(null),
                lastError.orElse(null));
    }

    /** Whether a worker may take it now. */
    public boolean isDueAt(Instant now) {
        return status == NotificationStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    /**
     * Takes it for one attempt: counts the attempt and keeps other workers off it for {@code lease}.
     *
     * @return false, changing nothing, when it is not due
     */
    public boolean claim(Instant now, Duration lease) {
        if (!isDueAt(now)) {
            return false;
        }
        attempts++;
        nextAttemptAt = now.plus(lease);
        return true;
    }

    /** The email went out; it is never sent again. */
    public void sent(Instant now) {
        status = NotificationStatus.SENT;
        sentAt = now;
    }

    /** The attempt failed: it waits as the schedule says, or is given up when no attempt is left. */
    public void failed(String reason, Instant now, RetrySchedule retries) {
        lastError = cut(Objects.requireNonNull(reason, "reason").strip());
        Optional<Duration> wait = retries.waitAfter(Math.max(1, attempts));
        if (wait.isPresent()) {
            nextAttemptAt = now.plus(wait.get());
        } else {
            status = NotificationStatus.FAILED;
        }
    }

    /** The admin is no longer on the team (or no longer an admin): never sent. */
    public void drop() {
        status = NotificationStatus.DROPPED;
    }

    private static String cut(String text) {
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    public UUID id() {
        return id;
    }

    public AgentId admin() {
        return admin;
    }

    public AdminAlertKind kind() {
        return kind;
    }

    public String about() {
        return about;
    }

    public String detail() {
        return detail;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public NotificationStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }
}

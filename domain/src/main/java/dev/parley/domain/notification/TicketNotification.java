package dev.parley.domain.notification;

import dev.parley.domain.shared.RetrySchedule;
import dev.parley.domain.ticket.TicketId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The team's email about one new ticket, kept in an outbox until it is sent. It is scheduled when the ticket opens,
 * due when the store's delay has passed, and pending until a worker <b>claims</b> it: a claim counts an attempt and
 * moves the next attempt a lease ahead, so that no other worker takes it while the email is on its way. Then it is
 * either sent, or failed and pending again after the {@link RetrySchedule}'s wait, or given up when no attempt is
 * left. A notification that is no longer needed (an agent read the ticket, or it closed) is dropped. Sent, dropped
 * and failed are final.
 */
public final class TicketNotification {

    /** The longest failure reason kept, in characters. */
    public static final int MAX_ERROR_LENGTH = 500;

    private final TicketId ticket;
    private final Instant dueAt;
    private NotificationStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant sentAt;
    private String lastError;

    private TicketNotification(
            TicketId ticket,
            Instant dueAt,
            NotificationStatus status,
            int attempts,
            Instant nextAttemptAt,
            Instant sentAt,
            String lastError) {
        this.ticket = Objects.requireNonNull(ticket, "ticket");
        this.dueAt = Objects.requireNonNull(dueAt, "due at");
        this.status = Objects.requireNonNull(status, "status");
        this.nextAttemptAt = Objects.requireNonNull(nextAttemptAt, "next attempt at");
        this.sentAt = sentAt;
        this.lastError = lastError;
        this.attempts = attempts;
        if (attempts < 0) {
            throw new IllegalArgumentException("Attempts cannot be negative");
        }
        if ((status == NotificationStatus.SENT) != (sentAt != null)) {
            throw new IllegalArgumentException("A notification has a sending time exactly when it was sent");
        }
    }

    /** Schedules the email about a ticket that opened at {@code openedAt}, to go out {@code delay} later. */
    public static TicketNotification schedule(TicketId ticket, Instant openedAt, Duration delay) {
        Instant due = openedAt.plus(delay);
        return new TicketNotification(ticket, due, NotificationStatus.PENDING, 0, due, null, null);
    }

    /** Rebuilds a notification from what was stored; for persistence adapters only. */
    public static TicketNotification reconstitute(
            TicketId ticket,
            Instant dueAt,
            NotificationStatus status,
            int attempts,
            Instant nextAttemptAt,
            Instant sentAt,
            String lastError) {
        return new TicketNotification(ticket, dueAt, status, attempts, nextAttemptAt, sentAt, lastError);
    }

    /** Whether a worker may take it now: it is pending and its next attempt is not in the future. */
    public boolean isDueAt(Instant now) {
        return status == NotificationStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    /**
     * Takes the notification for one attempt: counts the attempt and keeps other workers off it for {@code lease},
     * after which a worker that vanished mid-attempt is presumed gone and the notification is due again.
     *
     * @return false, changing nothing, when it is not due (another worker took it, or it is final)
     */
    public boolean claim(Instant now, Duration lease) {
        if (!isDueAt(now)) {
            return false;
        }
        attempts++;
        nextAttemptAt = now.plus(lease);
        return true;
    }

    /**
     * Holds a due notification back until {@code until}, without counting an attempt: its email is gathered into the
     * summary sent when the current email window ends. Changes nothing when it is not pending or already waits longer.
     */
    public void postpone(Instant until) {
        if (status == NotificationStatus.PENDING && until.isAfter(nextAttemptAt)) {
            nextAttemptAt = until;
        }
    }

    /** Whether it has neither been tried nor held back yet: due for the first time when its delay has passed. */
    public boolean isFresh() {
        return attempts == 0 && nextAttemptAt.equals(dueAt);
    }

    /** The email went out; it is never sent again. */
    public void sent(Instant now) {
        requirePending();
        status = NotificationStatus.SENT;
        sentAt = now;
    }

    /**
     * The attempt failed: the notification waits as the schedule says, or is given up when no attempt is left.
     *
     * @param reason why, without secrets; cut to {@value #MAX_ERROR_LENGTH} characters
     */
    public void failed(String reason, Instant now, RetrySchedule retries) {
        requirePending();
        String text = Objects.requireNonNull(reason, "reason").strip();
        lastError = text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
        Optional<Duration> wait = retries.waitAfter(Math.max(1, attempts));
        if (wait.isPresent()) {
            nextAttemptAt = now.plus(wait.get());
        } else {
            status = NotificationStatus.FAILED;
        }
    }

    /** It is no longer needed; it is never sent. */
    public void drop() {
        requirePending();
        status = NotificationStatus.DROPPED;
    }

    private void requirePending() {
        if (status != NotificationStatus.PENDING) {
            throw new IllegalStateException("The notification of ticket " + ticket + " is " + status + " already");
        }
    }

    public TicketId ticket() {
        return ticket;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public NotificationStatus status() {
        return status;
    }

    /** The attempts claimed so far. */
    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    /** Why the last attempt failed, if one did. */
    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }
}

package dev.parley.domain.notification;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.RetrySchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The email that carries agents' replies to a visitor who left, kept in an outbox until it is sent. It is scheduled
 * when an agent replies, due a delay later; each further reply of the same burst moves it a delay later again, while
 * nobody has tried it yet, so that a burst of replies makes one email. Then, like the team's notifications, it is
 * claimed (an attempt counted, other workers kept off for a lease), and sent, or failed and pending again after the
 * {@link RetrySchedule}'s wait, or given up; or dropped when it is no longer needed (the visitor read the replies, is
 * back in the chat, or has no address). Sent, dropped and failed are final: a later reply starts a new email.
 */
public final class ReplyEmailNotification {

    private final UUID id;
    private final ConversationId conversation;
    private Instant dueAt;
    private NotificationStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant sentAt;
    private String lastError;

    private ReplyEmailNotification(
            UUID id,
            ConversationId conversation,
            Instant dueAt,
            NotificationStatus status,
            int attempts,
            Instant nextAttemptAt,
            Instant sentAt,
            String lastError) {
        this.id = Objects.requireNonNull(id, "id");
        this.conversation = Objects.requireNonNull(conversation, "conversation");
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

    /** Schedules the email about an agent's reply at {@code repliedAt}, to go out {@code delay} later. */
    public static ReplyEmailNotification schedule(
            UUID id, ConversationId conversation, Instant repliedAt, Duration delay) {
        Instant due = repliedAt.plus(delay);
        return new ReplyEmailNotification(id, conversation, due, NotificationStatus.PENDING, 0, due, null, null);
    }

    /** Rebuilds a notification from what was stored; for persistence adapters only. */
    public static ReplyEmailNotification reconstitute(
            UUID id,
            ConversationId conversation,
            Instant dueAt,
            NotificationStatus status,
            int attempts,
            Instant nextAttemptAt,
            Instant sentAt,
            String lastError) {
        return new ReplyEmailNotification(id, conversation, dueAt, status, attempts, nextAttemptAt, sentAt, lastError);
    }

    /**
     * Another reply of the same burst: the email waits {@code delay} after it, so that it carries them all.
     *
     * @return false, changing nothing, when the email is no longer waiting for its first attempt (a new email is then
     *     needed for this reply)
     */
    public boolean anotherReply(Instant repliedAt, Duration delay) {
        if (status != NotificationStatus.PENDING || attempts > 0) {
            return false;
        }
        Instant due = repliedAt.plus(delay);
        if (due.isAfter(dueAt)) {
            dueAt = due;
            nextAttemptAt = due;
        }
        return true;
    }

    /** Whether a worker may take it now: it is pending and its next attempt is not in the future. */
    public boolean isDueAt(Instant now) {
        return status == NotificationStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    /**
     * Takes the notification for one attempt and keeps other workers off it for {@code lease}.
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
        requirePending();
        status = NotificationStatus.SENT;
        sentAt = now;
    }

    /**
     * The attempt failed: the notification waits as the schedule says, or is given up when no attempt is left.
     *
     * @param reason why, without secrets or addresses; cut to {@value TicketNotification#MAX_ERROR_LENGTH} characters
     */
    public void failed(String reason, Instant now, RetrySchedule retries) {
        requirePending();
        String text = Objects.requireNonNull(reason, "reason").strip();
        lastError = text.length() > TicketNotification.MAX_ERROR_LENGTH
                ? text.substring(0, TicketNotification.MAX_ERROR_LENGTH)
                : text;
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
            throw new IllegalStateException("The reply email " + id + " is " + status + " already");
        }
    }

    public UUID id() {
        return id;
    }

    public ConversationId conversation() {
        return conversation;
    }

    public Instant dueAt() {
        return dueAt;
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

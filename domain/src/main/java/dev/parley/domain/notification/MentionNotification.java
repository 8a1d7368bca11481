package dev.parley.domain.notification;

import dev.parley.domain.note.NoteId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.RetrySchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The email that tells an agent a note mentions them, kept in an outbox until it is sent. It is scheduled when the
 * note is written (only while a mail server is configured) and due at once; a worker <b>claims</b> it (counting an
 * attempt and keeping other workers off it for a lease), then it is sent, or failed and pending again after the
 * {@link RetrySchedule}'s wait, or given up when no attempt is left. One whose agent has seen the mention in the inbox
 * first is dropped. Sent, dropped and failed are final.
 */
public final class MentionNotification {

    private final NoteId note;
    private final AgentId agent;
    private NotificationStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant sentAt;
    private String lastError;

    private MentionNotification(
            NoteId note,
            AgentId agent,
            NotificationStatus status,
            int attempts,
            Instant nextAttemptAt,
            Instant sentAt,
            String lastError) {
        this.note = Objects.requireNonNull(note, "note");
        this.agent = Objects.requireNonNull(agent, "agent");
        this.status = Objects.requireNonNull(status, "status");
        this.nextAttemptAt = Objects.requireNonNull(nextAttemptAt, "next attempt at");
        this.attempts = attempts;
        this.sentAt = sentAt;
        this.lastError = lastError;
        if (attempts < 0) {
            throw new IllegalArgumentException("Attempts cannot be negative");
        }
        if ((status == NotificationStatus.SENT) != (sentAt != null)) {
            throw new IllegalArgumentException("A notification has a sending time exactly when it was sent");
        }
    }

    /** Schedules the email about a mention written at {@code now}, due at once. */
    public static MentionNotification schedule(NoteId note, AgentId agent, Instant now) {
        return new MentionNotification(note, agent, NotificationStatus.PENDING, 0, now, null, null);
    }

    /** Rebuilds a notification from what was stored; for persistence adapters only. */
    public static MentionNotification reconstitute(
            NoteId note,
            AgentId agent,
            NotificationStatus status,
            int attempts,
            Instant nextAttemptAt,
            Instant sentAt,
            String lastError) {
        return new MentionNotification(note, agent, status, attempts, nextAttemptAt, sentAt, lastError);
    }

    /** Whether a worker may take it now: it is pending and its next attempt is not in the future. */
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
        requirePending();
        status = NotificationStatus.SENT;
        sentAt = now;
    }

    /**
     * The attempt failed: it waits as the schedule says, or is given up when no attempt is left.
     *
     * @param reason why, without secrets; cut to {@value TicketNotification#MAX_ERROR_LENGTH} characters
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

    /** It is no longer needed (the agent saw the mention); it is never sent. */
    public void drop() {
        requirePending();
        status = NotificationStatus.DROPPED;
    }

    private void requirePending() {
        if (status != NotificationStatus.PENDING) {
            throw new IllegalStateException("The mention email of note " + note + " is " + status + " already");
        }
    }

    public NoteId note() {
        return note;
    }

    public AgentId agent() {
        return agent;
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

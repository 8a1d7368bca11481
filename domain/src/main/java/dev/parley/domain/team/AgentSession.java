package dev.parley.domain.team;

import dev.parley.domain.shared.AgentId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An agent's signed-in session in the inbox, kept in the database so that it survives a restart and is the same on
 * every node. It is known by the hash of its token only and carries the CSRF token that the session's state-changing
 * requests repeat.
 *
 * <p>A session is live from sign-in until it has been idle for the idle timeout or has reached its longest life (see
 * {@link SessionLifetime}), or until it is ended: a password or role change ends the agent's other sessions, removal
 * from the team ends them all. An ended session is kept, with why it ended, until it would have expired anyway, so
 * that its cookie can be told why; signing out deletes it.
 *
 * @param id the hash of the session's token
 * @param agent who signed in
 * @param csrfToken what state-changing requests of this session repeat
 * @param startedAt when they signed in
 * @param lastSeenAt when the session was last used (written at most once per {@link
 *     SessionLifetime#activityGranularity()})
 * @param ended why the session ended, if it did
 */
public record AgentSession(
        SessionTokenHash id,
        AgentId agent,
        String csrfToken,
        Instant startedAt,
        Instant lastSeenAt,
        Optional<SessionEnd> ended) {

    public AgentSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(csrfToken, "csrf token");
        Objects.requireNonNull(startedAt, "started at");
        Objects.requireNonNull(lastSeenAt, "last seen at");
        Objects.requireNonNull(ended, "ended");
    }

    /** A session that starts now. */
    public static AgentSession start(SessionTokenHash id, AgentId agent, String csrfToken, Instant now) {
        return new AgentSession(id, agent, csrfToken, now, now, Optional.empty());
    }

    /** When the session expires unless it is used again before then. */
    public Instant expiresAt(SessionLifetime lifetime) {
        Instant idle = lastSeenAt.plus(lifetime.idleTimeout());
        Instant absolute = startedAt.plus(lifetime.maxAge());
        return idle.isBefore(absolute) ? idle : absolute;
    }

    /** Whether the session has expired at {@code now}, ended or not. */
    public boolean isExpiredAt(Instant now, SessionLifetime lifetime) {
        return !now.isBefore(expiresAt(lifetime));
    }

    /** Whether the session signs its agent in at {@code now}: not ended and not expired. */
    public boolean isLiveAt(Instant now, SessionLifetime lifetime) {
        return ended.isEmpty() && !isExpiredAt(now, lifetime);
    }

    /** Whether using the session at {@code now} should be recorded, the recorded last use being stale enough. */
    public boolean needsTouchAt(Instant now, SessionLifetime lifetime) {
        return !now.isBefore(lastSeenAt.plus(lifetime.activityGranularity()));
    }

    /** The session, used at {@code now}. */
    public AgentSession touchedAt(Instant now) {
        return now.isAfter(lastSeenAt) ? new AgentSession(id, agent, csrfToken, startedAt, now, ended) : this;
    }

    /** The session, ended for the given reason; a session ended already keeps its first reason. */
    public AgentSession endedBecause(SessionEnd reason) {
        Objects.requireNonNull(reason, "reason");
        return ended.isPresent()
                ? this
                : new AgentSession(id, agent, csrfToken, startedAt, lastSeenAt, Optional.of(reason));
    }

    @Override
    public String toString() {
        return "AgentSession[id=" + id.shortForm() + "…, agent=" + agent + ", ended=" + ended.orElse(null) + "]";
    }
}

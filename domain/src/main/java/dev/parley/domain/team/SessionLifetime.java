package dev.parley.domain.team;

import java.time.Duration;
import java.util.Objects;

/**
 * How long an agent's session lives: until nothing was done with it for {@code idleTimeout}, and never longer than
 * {@code maxAge} after signing in.
 */
public record SessionLifetime(Duration idleTimeout, Duration maxAge) {

    public SessionLifetime {
        Objects.requireNonNull(idleTimeout, "idle timeout");
        Objects.requireNonNull(maxAge, "max age");
        if (idleTimeout.isNegative() || idleTimeout.isZero() || maxAge.compareTo(idleTimeout) < 0) {
            throw new IllegalArgumentException(
                    "A session lives a positive idle timeout, and at least that long in all");
        }
    }

    /**
     * How stale the recorded last activity may become before it is written again: a minute, or an eighth of the
     * idle timeout when that is shorter, so that a session in use is not written on every request.
     */
    public Duration activityGranularity() {
        Duration eighth = idleTimeout.dividedBy(8);
        return eighth.compareTo(Duration.ofMinutes(1)) < 0 ? eighth : Duration.ofMinutes(1);
    }
}

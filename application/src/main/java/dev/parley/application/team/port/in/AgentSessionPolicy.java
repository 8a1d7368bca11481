package dev.parley.application.team.port.in;

import dev.parley.domain.team.SessionLifetime;
import java.time.Duration;
import java.util.Objects;

/**
 * How agents' sessions live and how long one node may trust what it read of them.
 *
 * @param lifetime the idle timeout and the longest life of a session
 * @param cacheFor how long a node reuses a session it read from the database before reading it again; changes made
 *     on the same node are seen at once, changes made on another node within this time
 */
public record AgentSessionPolicy(SessionLifetime lifetime, Duration cacheFor) {

    public AgentSessionPolicy {
        Objects.requireNonNull(lifetime, "lifetime");
        Objects.requireNonNull(cacheFor, "cache for");
        if (cacheFor.isNegative()) {
            throw new IllegalArgumentException("A session is cached for zero or more seconds");
        }
    }
}

package dev.parley.application.limits.port.out;

import dev.parley.domain.shared.RateLimit;
import java.time.Duration;
import java.util.Optional;

/**
 * Counts uses of limited things per key. Driven. In one node's memory, or, for several nodes, in PostgreSQL behind the
 * same port.
 */
public interface RateLimitPort {

    /**
     * Takes {@code amount} uses from the allowance of {@code key} under {@code limit}, all or nothing.
     *
     * @return empty when they were taken; otherwise how long until they would be available (nothing was taken)
     */
    Optional<Duration> take(RateLimit limit, String key, long amount);
}

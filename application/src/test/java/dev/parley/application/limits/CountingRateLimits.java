package dev.parley.application.limits;

import dev.parley.application.limits.port.out.RateLimitPort;
import dev.parley.domain.shared.RateLimit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts uses in memory on a clock the test moves, the way the real adapter's token buckets do: {@code capacity} at
 * once, then one more every {@code window / capacity} (the generic cell rate algorithm, which is that bucket).
 */
public final class CountingRateLimits implements RateLimitPort {

    private final Clock clock;
    private final Map<String, Instant> theoreticalArrivals = new HashMap<>();

    public CountingRateLimits(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Optional<Duration> take(RateLimit limit, String key, long amount) {
        Instant now = clock.instant();
        Duration interval = limit.window().dividedBy(limit.capacity());
        String slot = limit.name() + "\n" + key;
        Instant arrival = theoreticalArrivals.getOrDefault(slot, now);
        Instant next = (arrival.isAfter(now) ? arrival : now).plus(interval.multipliedBy(amount));
        Duration ahead = Duration.between(now, next);
        if (ahead.compareTo(limit.window()) > 0) {
            return Optional.of(ahead.minus(limit.window()));
        }
        theoreticalArrivals.put(slot, next);
        return Optional.empty();
    }
}

package dev.parley.application.team;

import dev.parley.application.limits.port.out.RateLimitPort;
import dev.parley.domain.shared.RateLimit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Counts uses in a sliding window per limit and key, on the test's clock; the real adapter uses token buckets. */
final class SlidingWindowLimits implements RateLimitPort {

    private final Clock clock;
    private final Map<String, Deque<Instant>> uses = new HashMap<>();

    SlidingWindowLimits(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Duration> take(RateLimit limit, String key, long amount) {
        Instant now = clock.instant();
        Deque<Instant> recent = uses.computeIfAbsent(limit.name() + " " + key, k -> new ArrayDeque<>());
        while (!recent.isEmpty() && !recent.peekFirst().plus(limit.window()).isAfter(now)) {
            recent.removeFirst();
        }
        if (recent.size() + amount > limit.capacity()) {
            return Optional.of(Duration.between(now, recent.peekFirst().plus(limit.window())));
        }
        for (long i = 0; i < amount; i++) {
            recent.addLast(now);
        }
        return Optional.empty();
    }

    /** How many uses of the limit the key has within the window. */
    int used(RateLimit limit, String key) {
        Deque<Instant> recent = uses.get(limit.name() + " " + key);
        return recent == null ? 0 : recent.size();
    }
}

package dev.parley.adapters.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.parley.application.limits.port.out.RateLimitPort;
import dev.parley.domain.shared.RateLimit;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts uses per key in token buckets (Bucket4j), one bounded map per limit (Caffeine). A key's bucket is forgotten
 * once it has been idle for the limit's window, when it would be full again anyway. When more keys are tracked than
 * {@code parley.limits.max-keys-per-limit}, Caffeine evicts the keys used least often, never everyone: a flood of
 * fresh addresses cannot reset the limits of the busy keys, which are the ones worth holding back.
 *
 * <p>The counts live in this node's memory: they hold back floods, not data. Several nodes count in PostgreSQL
 * instead ({@link PostgreSqlRateLimitAdapter}); the server chooses one of the two.
 */
@ApplicationScoped
@Typed(InMemoryRateLimitAdapter.class)
public class InMemoryRateLimitAdapter implements RateLimitPort {

    private final Map<RateLimit, Cache<String, Bucket>> limits = new ConcurrentHashMap<>();
    private Clock clock;
    private long maxKeysPerLimit;

    @Inject
    public InMemoryRateLimitAdapter(
            Clock clock,
            @ConfigProperty(name = "parley.limits.max-keys-per-limit", defaultValue = "100000") long maxKeysPerLimit) {
        this.clock = clock;
        this.maxKeysPerLimit = maxKeysPerLimit;
    }

    /** For CDI proxies only. */
    protected InMemoryRateLimitAdapter() {}

    @Override
    public Optional<Duration> take(RateLimit limit, String key, long amount) {
        if (amount > limit.capacity()) {
            return Optional.of(limit.window());
        }
        if (amount <= 0) {
            return Optional.empty();
        }
        Bucket bucket = limits.computeIfAbsent(limit, this::keysOf).get(key, k -> bucketOf(limit));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(amount);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** How many keys are tracked for the limit now (for tests and metrics). */
    long keys(RateLimit limit) {
        Cache<String, Bucket> keys = limits.get(limit);
        if (keys == null) {
            return 0;
        }
        keys.cleanUp();
        return keys.estimatedSize();
    }

    private Cache<String, Bucket> keysOf(RateLimit limit) {
        return Caffeine.newBuilder()
                .expireAfterAccess(limit.window())
                .maximumSize(maxKeysPerLimit)
                .ticker(this::nanos)
                // Upkeep on the calling thread: no pool of the JDK behind the container's back.
                .executor(Runnable::run)
                .build();
    }

    private Bucket bucketOf(RateLimit limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.window())
                        .build())
                .withCustomTimePrecision(new ClockTime())
                .build();
    }

    private long nanos() {
        Instant now = clock.instant();
        return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
    }

    /** Bucket4j's time, read from the clock Parley runs on, so that tests can move it. */
    private final class ClockTime implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return nanos();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}

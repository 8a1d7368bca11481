package dev.parley.application.limits.port.out;

import dev.parley.domain.shared.LimitedUse;
import dev.parley.domain.shared.RateLimit;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
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

    /**
     * Takes the uses in turn, each only when all before it were taken: the first one refused is taken nothing from,
     * nor is any after it, while the ones before it stay taken (as when each is taken on its own, one after another).
     * An adapter may take them all in one go; this one takes them one by one.
     *
     * @return empty when all were taken; otherwise the first use refused and how long until it would be available
     */
    default Optional<Refusal> takeInTurn(List<LimitedUse> uses) {
        for (LimitedUse use : uses) {
            Optional<Duration> wait = take(use.limit(), use.key(), use.amount());
            if (wait.isPresent()) {
                return Optional.of(new Refusal(use, wait.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * A use that was not taken.
     *
     * @param use what was refused
     * @param retryAfter how long until it would be available, the counts staying as they are
     */
    record Refusal(LimitedUse use, Duration retryAfter) {

        public Refusal {
            Objects.requireNonNull(use, "use");
            Objects.requireNonNull(retryAfter, "retry after");
        }
    }
}

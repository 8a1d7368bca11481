package dev.parley.domain.shared;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How long an outbox row (an email, a webhook) waits before its next attempt after a failed one, and how many attempts
 * it gets. The
 * standard schedule waits 30 seconds, 2 minutes, 10 minutes, then an hour twice, and gives up after
 * {@value #STANDARD_ATTEMPTS} attempts.
 *
 * @param waits the wait after the first, second, ... failed attempt; the last one repeats
 * @param maxAttempts the attempts a notification gets before it is given up
 */
public record RetrySchedule(List<Duration> waits, int maxAttempts) {

    /** The attempts of the standard schedule. */
    public static final int STANDARD_ATTEMPTS = 6;

    public RetrySchedule {
        waits = List.copyOf(waits);
        if (waits.isEmpty() || waits.stream().anyMatch(wait -> wait.isNegative() || wait.isZero())) {
            throw new IllegalArgumentException("A retry schedule needs at least one positive wait");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("A notification gets at least one attempt");
        }
    }

    /** 30 s, 2 min, 10 min, 1 h, 1 h: six attempts over about two and a quarter hours. */
    public static RetrySchedule standard() {
        return new RetrySchedule(
                List.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(1)),
                STANDARD_ATTEMPTS);
    }

    /** The same wait after every failure, with the standard number of attempts; for tests and impatient operators. */
    public static RetrySchedule every(Duration wait) {
        return new RetrySchedule(List.of(Objects.requireNonNull(wait, "wait")), STANDARD_ATTEMPTS);
    }

    /**
     * How long to wait after the given number of attempts all failed; empty when no attempt is left.
     *
     * @param failedAttempts the attempts made so far, at least one
     */
    public Optional<Duration> waitAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("Nothing failed yet");
        }
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(waits.get(Math.min(failedAttempts, waits.size()) - 1));
    }
}

package dev.parley.domain.team;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A key (an account's address, a client's address) that failed to sign in more often than its limit allows, and is
 * refused every attempt until {@code until}, right password or not. Each attempt refused during the lock-out doubles
 * it, up to a cap: someone who keeps trying waits longer and longer, someone who waits as told gets in. Once it has
 * ended, the lock-out is remembered for as long as the cap, so that the next one starts twice as long.
 *
 * @param until when attempts are heard again
 * @param length how long the lock-out lasted when it was last started or doubled
 */
public record SignInLockout(Instant until, Duration length) {

    public SignInLockout {
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("A lock-out lasts a while");
        }
    }

    /**
     * Locks a key out from {@code now}: for {@code wait} (how long until its limit would admit another failure), or
     * for twice the previous lock-out when one is still remembered, whichever is longer, and never longer than
     * {@code cap}.
     */
    public static SignInLockout start(Instant now, Duration wait, Optional<SignInLockout> previous, Duration cap) {
        Duration length = previous.map(earlier -> doubled(earlier.length, cap)).orElse(wait);
        length = min(max(length, wait), cap);
        if (length.isZero() || length.isNegative()) {
            length = Duration.ofSeconds(1);
        }
        return new SignInLockout(now.plus(length), length);
    }

    /** Whether attempts are refused at {@code now}. */
    public boolean holds(Instant now) {
        return now.isBefore(until);
    }

    /** The lock-out after one more attempt was refused at {@code now}: twice as long from now, at most {@code cap}. */
    public SignInLockout refusedAgain(Instant now, Duration cap) {
        Duration longer = doubled(length, cap);
        Instant end = now.plus(longer);
        return new SignInLockout(end.isAfter(until) ? end : until, longer);
    }

    /** How long until attempts are heard again. */
    public Duration remaining(Instant now) {
        return holds(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    /** When the lock-out is no longer remembered, so that the next one starts short again. */
    public Instant forgottenAt(Duration cap) {
        return until.plus(cap);
    }

    private static Duration doubled(Duration length, Duration cap) {
        return length.compareTo(cap.dividedBy(2)) >= 0 ? cap : length.multipliedBy(2);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

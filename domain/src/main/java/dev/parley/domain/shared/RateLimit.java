package dev.parley.domain.shared;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How often one key (a client address, a visitor, an API key, ...) may do one kind of thing: at most {@code capacity}
 * times within {@code window}, refilled gradually over the window. What is over the limit is refused and changes
 * nothing.
 *
 * @param name the limit's stable name in lower snake case, e.g. {@code visitor_sessions_per_address}; it names the
 *     limit in refusals, logs and configuration
 * @param capacity how many are accepted within the window (at least 1)
 * @param window how long the allowance takes to refill completely
 */
public record RateLimit(String name, long capacity, Duration window) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public RateLimit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(window, "window");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A limit's name is lower snake case: " + name);
        }
        if (capacity < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A limit allows at least one use within a positive window: " + name);
        }
    }

    /** {@code capacity} per minute. */
    public static RateLimit perMinute(String name, long capacity) {
        return new RateLimit(name, capacity, Duration.ofMinutes(1));
    }

    /** {@code capacity} per hour. */
    public static RateLimit perHour(String name, long capacity) {
        return new RateLimit(name, capacity, Duration.ofHours(1));
    }
}

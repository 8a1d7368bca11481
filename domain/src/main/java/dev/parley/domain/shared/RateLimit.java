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
    private static final Pattern SPEC = Pattern.compile("([0-9]{1,12})\\s*/\\s*([0-9]{1,9})([smhd])");

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

    /**
     * Reads a limit as configuration writes it: {@code <capacity>/<window>}, the window a whole number with a unit of
     * {@code s}, {@code m}, {@code h} or {@code d}, for example {@code 30/1h} or {@code 20/1m}.
     *
     * @throws IllegalArgumentException when the text is not such a limit
     */
    public static RateLimit parse(String name, String spec) {
        Objects.requireNonNull(spec, "spec");
        java.util.regex.Matcher parts = SPEC.matcher(spec.strip());
        if (!parts.matches()) {
            throw new IllegalArgumentException(
                    "The limit " + name + " must read like 30/1h (capacity/window, window in s, m, h or d): " + spec);
        }
        long amount = Long.parseLong(parts.group(2));
        Duration window = switch (parts.group(3)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        return new RateLimit(name, Long.parseLong(parts.group(1)), window);
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

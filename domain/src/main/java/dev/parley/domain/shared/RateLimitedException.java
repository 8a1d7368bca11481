package dev.parley.domain.shared;

import java.time.Duration;
import java.util.Objects;

/**
 * Someone did one kind of thing more often than a {@link RateLimit} allows; what they asked for was refused and
 * nothing changed. Code {@code rate_limited}: HTTP 429 with {@code Retry-After}, a WebSocket error frame.
 */
public class RateLimitedException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String limit;
    private final Duration retryAfter;

    public RateLimitedException(RateLimit limit, Duration retryAfter) {
        this(
                limit.name(),
                retryAfter,
                "Too many requests of this kind (" + limit.name() + ": at most " + limit.capacity() + " per "
                        + describe(limit.window()) + "); nothing was changed. Try again in "
                        + seconds(retryAfter) + " seconds.");
    }

    /** For limits whose refusal says more than the general wording, such as sign-in's. */
    protected RateLimitedException(String limit, Duration retryAfter, String message) {
        super("rate_limited", message);
        this.limit = Objects.requireNonNull(limit, "limit");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retry after");
    }

    /** The name of the limit that refused. */
    public String limit() {
        return limit;
    }

    /** How long until the same request would be accepted. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds to wait, at least 1, as {@code Retry-After} says it. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static String describe(Duration window) {
        if (window.equals(Duration.ofHours(1))) {
            return "hour";
        }
        if (window.equals(Duration.ofMinutes(1))) {
            return "minute";
        }
        return window.toSeconds() + " seconds";
    }
}

package dev.parley.domain.conversation;

import dev.parley.domain.shared.DomainException;
import java.time.Duration;
import java.util.Objects;

/** A visitor wrote more messages within a short time than the store accepts; the message was not stored. */
public class TooManyMessagesException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyMessagesException(int limit, Duration window, Duration retryAfter) {
        super(
                "rate_limited",
                "At most " + limit + " messages are accepted per " + describe(window)
                        + "; this one was not stored. Send it again in " + Math.max(1, retryAfter.toSeconds())
                        + " seconds.");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retry after");
    }

    /** How long until the visitor may write again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    private static String describe(Duration window) {
        return window.equals(Duration.ofMinutes(1)) ? "minute" : window.toSeconds() + " seconds";
    }
}

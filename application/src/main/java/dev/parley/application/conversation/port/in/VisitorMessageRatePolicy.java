package dev.parley.application.conversation.port.in;

import java.time.Duration;
import java.util.Objects;

/**
 * How many messages one visitor may write within a window ({@code PARLEY_VISITOR_MESSAGES_PER_MINUTE} per minute);
 * a message over the limit is refused and not stored. Retries of a message already stored never count.
 *
 * @param maxMessages messages accepted within the window (at least 1)
 * @param window how far back messages count
 */
public record VisitorMessageRatePolicy(int maxMessages, Duration window) {

    public VisitorMessageRatePolicy {
        Objects.requireNonNull(window, "window");
        if (maxMessages < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A message rate allows at least one message within a positive window");
        }
    }

    /** {@code maxMessages} per minute. */
    public static VisitorMessageRatePolicy perMinute(int maxMessages) {
        return new VisitorMessageRatePolicy(maxMessages, Duration.ofMinutes(1));
    }
}

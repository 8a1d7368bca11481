package dev.parley.application.conversation;

import dev.parley.application.conversation.port.in.VisitorMessageRatePolicy;
import dev.parley.domain.conversation.TooManyMessagesException;
import dev.parley.domain.shared.VisitorId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts each visitor's messages within the policy's sliding window. The counts live in this node's memory on
 * purpose: they hold back floods, not data, and are forgotten harmlessly on restart.
 */
final class VisitorMessageRateLimiter {

    /** Forget every count once this many visitors are tracked, so that a flood of visitors cannot exhaust memory. */
    private static final int MAX_VISITORS = 100_000;

    private final VisitorMessageRatePolicy policy;
    private final Map<VisitorId, Deque<Instant>> recent = new ConcurrentHashMap<>();

    VisitorMessageRateLimiter(VisitorMessageRatePolicy policy) {
        this.policy = policy;
    }

    /**
     * Counts one more message of the visitor at {@code now}.
     *
     * @throws TooManyMessagesException when the visitor has written the most messages the window allows; that
     *     message is not counted
     */
    void admit(VisitorId visitor, Instant now) {
        if (recent.size() >= MAX_VISITORS) {
            recent.clear();
        }
        Deque<Instant> sent = recent.computeIfAbsent(visitor, v -> new ArrayDeque<>());
        synchronized (sent) {
            Instant horizon = now.minus(policy.window());
            while (!sent.isEmpty() && !sent.peekFirst().isAfter(horizon)) {
                sent.removeFirst();
            }
            if (sent.size() >= policy.maxMessages()) {
                Duration retryAfter = Duration.between(now, sent.peekFirst().plus(policy.window()));
                throw new TooManyMessagesException(policy.maxMessages(), policy.window(), retryAfter);
            }
            sent.addLast(now);
        }
    }
}

package dev.parley.application.assistant;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Stops asking the language model for a while after it failed several times in a row, so that an endpoint that is down
 * or talks nonsense costs visitors neither its timeout nor a handoff on every question: while the breaker is open the
 * AI agent answers with the built-in search alone. After the cool-down one question tries the model again; a success
 * closes the breaker, a failure opens it for another cool-down. The time is given in, from the clock.
 */
final class CircuitBreaker {

    private final int failuresToOpen;
    private final Duration coolDown;
    private int failuresInARow;
    private Instant openUntil;

    CircuitBreaker(int failuresToOpen, Duration coolDown) {
        if (failuresToOpen < 1) {
            throw new IllegalArgumentException("The breaker opens after at least one failure");
        }
        this.failuresToOpen = failuresToOpen;
        this.coolDown = Objects.requireNonNull(coolDown, "cool-down");
    }

    /** Whether the model may be asked now. */
    synchronized boolean allows(Instant now) {
        return openUntil == null || !now.isBefore(openUntil);
    }

    /** The model gave a reply that kept the rules: the failures in a row start again from none. */
    synchronized void succeeded() {
        failuresInARow = 0;
        openUntil = null;
    }

    /**
     * The model failed.
     *
     * @return whether the breaker opened with this failure
     */
    synchronized boolean failed(Instant now) {
        failuresInARow++;
        if (failuresInARow >= failuresToOpen) {
            openUntil = now.plus(coolDown);
            return true;
        }
        return false;
    }
}

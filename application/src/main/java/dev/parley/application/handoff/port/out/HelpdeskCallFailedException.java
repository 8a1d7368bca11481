package dev.parley.application.handoff.port.out;

import java.time.Duration;
import java.util.Optional;

/** A call to the helpdesk failed; says whether trying again may help and how long the helpdesk asked to wait. */
public class HelpdeskCallFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;
    private final transient Optional<Duration> retryAfter;
    private final transient Optional<Integer> status;

    /**
     * @param why what happened, without secrets or the visitor's address
     * @param retryable whether trying again may help (timeouts, 5xx, 429; not 400, 401, 403, 404, 422)
     * @param retryAfter the helpdesk's {@code Retry-After}, when it sent one
     * @param status the helpdesk's HTTP status, when it answered
     */
    public HelpdeskCallFailedException(
            String why, boolean retryable, Optional<Duration> retryAfter, Optional<Integer> status) {
        super(why);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
        this.status = status;
    }

    public boolean retryable() {
        return retryable;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    public Optional<Integer> status() {
        return status;
    }
}

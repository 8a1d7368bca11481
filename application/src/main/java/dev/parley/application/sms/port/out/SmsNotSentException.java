package dev.parley.application.sms.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * The provider did not take a message: says whether trying again may help, the provider's error code, its HTTP status
 * and how long it asked to wait.
 */
public class SmsNotSentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;
    private final transient Optional<String> errorCode;
    private final transient Optional<Integer> status;
    private final transient Optional<Duration> retryAfter;

    /**
     * @param why what happened, without secrets or the number
     * @param retryable whether trying again may help (timeouts, 5xx, 429; not 400, 401, 403, 404)
     * @param errorCode the provider's error code ({@code code} in its answer), when it gave one
     * @param status the provider's HTTP status, when it answered
     * @param retryAfter the provider's {@code Retry-After}, when it sent one
     */
    public SmsNotSentException(
            String why,
            boolean retryable,
            Optional<String> errorCode,
            Optional<Integer> status,
            Optional<Duration> retryAfter) {
        super(why);
        this.retryable = retryable;
        this.errorCode = errorCode;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public boolean retryable() {
        return retryable;
    }

    public Optional<String> errorCode() {
        return errorCode;
    }

    public Optional<Integer> status() {
        return status;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}

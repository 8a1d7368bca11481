package dev.parley.domain.team;

import dev.parley.domain.shared.RateLimitedException;
import java.time.Duration;

/**
 * Too many failed sign-ins for one account's address, or from one client's address: every attempt waits, right
 * password or not, and each one made while waiting makes the wait longer. Code {@code rate_limited}: HTTP 429 with
 * {@code Retry-After}.
 */
public class TooManySignInAttemptsException extends RateLimitedException {

    private static final long serialVersionUID = 1L;

    /**
     * @param limit the name of the limit that locked the attempt out, such as {@code sign_in_failures_per_address}
     * @param retryAfter how long until the next attempt is heard
     */
    public TooManySignInAttemptsException(String limit, Duration retryAfter) {
        super(limit, retryAfter, message(retryAfter));
    }

    private static String message(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        String wait = seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes";
        return String.format(
                "Too many failed sign-ins. Try again in %s; every attempt before then makes the wait longer.", wait);
    }
}

package dev.parley.domain.team;

import dev.parley.domain.shared.DomainException;
import java.time.Duration;

/** Too many failed sign-ins for one address from one place: further attempts wait. */
public class TooManySignInAttemptsException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManySignInAttemptsException(Duration retryAfter) {
        super(
                "too_many_sign_in_attempts",
                "Too many failed sign-ins. Try again in " + Math.max(1, retryAfter.toMinutes()) + " minute(s).");
        this.retryAfter = retryAfter;
    }

    /** How long until the next attempt is accepted. */
    public Duration retryAfter() {
        return retryAfter;
    }
}

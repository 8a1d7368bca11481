package dev.parley.application.team.port.in;

import java.time.Duration;
import java.util.Objects;

/**
 * How many failed sign-ins are tolerated for one address from one client within a window, before further attempts
 * are refused until the window has passed.
 *
 * @param maxFailures failures allowed within the window (at least 1)
 * @param window how far back failures count
 */
public record SignInPolicy(int maxFailures, Duration window) {

    public SignInPolicy {
        Objects.requireNonNull(window, "window");
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A sign-in policy allows at least one failure within a positive window");
        }
    }
}

package dev.parley.application.team.port.in;

import dev.parley.domain.shared.RateLimit;
import java.time.Duration;
import java.util.Objects;

/**
 * How many failed sign-ins are tolerated before attempts are locked out, and how long a lock-out may grow. Failures
 * are counted per account address and per client address, each under its own limit; the failure one of them refuses
 * locks that key out, first for as long as its limit needs to admit another failure, then twice as long for every
 * attempt made during the lock-out, up to {@code maxLockout}. A wrong current password in a password change counts
 * against the account's address like a failed sign-in.
 *
 * @param perEmail failures tolerated for one account's address ({@code sign_in_failures_per_email})
 * @param perAddress failures tolerated from one client address, whatever accounts they tried ({@code
 *     sign_in_failures_per_address})
 * @param maxLockout the longest a lock-out grows to
 */
public record SignInPolicy(RateLimit perEmail, RateLimit perAddress, Duration maxLockout) {

    public SignInPolicy {
        Objects.requireNonNull(perEmail, "per email");
        Objects.requireNonNull(perAddress, "per address");
        Objects.requireNonNull(maxLockout, "max lockout");
        if (maxLockout.isNegative() || maxLockout.isZero()) {
            throw new IllegalArgumentException("A lock-out may last a while");
        }
    }
}

package dev.parley.application.team;

import dev.parley.application.limits.port.in.AdmitUseCase;
import dev.parley.application.team.port.in.SignInPolicy;
import dev.parley.application.team.port.out.SignInLockoutPort;
import dev.parley.domain.shared.RateLimit;
import dev.parley.domain.shared.RateLimitedException;
import dev.parley.domain.team.SignInLockout;
import dev.parley.domain.team.TooManySignInAttemptsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Guards password checks: failures are counted per key under the policy's limits (through {@link AdmitUseCase}), the
 * failure a limit refuses locks its key out, and an attempt on a locked-out key is refused before any password is
 * checked, doubling the lock-out. Counts and lock-outs live in bounded stores; none of them is ever cleared all at
 * once.
 */
final class SignInGuard {

    private static final Logger LOG = Logger.getLogger(SignInGuard.class.getName());

    private final AdmitUseCase limits;
    private final SignInLockoutPort lockouts;
    private final SignInPolicy policy;
    private final Clock clock;

    SignInGuard(AdmitUseCase limits, SignInLockoutPort lockouts, SignInPolicy policy, Clock clock) {
        this.limits = limits;
        this.lockouts = lockouts;
        this.policy = policy;
        this.clock = clock;
    }

    /** One key counted under one limit, such as a client's address under {@code sign_in_failures_per_address}. */
    record Counted(RateLimit limit, String key) {

        String lockoutKey() {
            return limit.name() + ":" + key;
        }
    }

    /**
     * Refuses the attempt when any of its keys is locked out, and makes each such lock-out twice as long.
     *
     * @throws TooManySignInAttemptsException naming the longest wait
     */
    void check(List<Counted> keys) {
        Instant now = clock.instant();
        Optional<TooManySignInAttemptsException> refused = Optional.empty();
        for (Counted counted : keys) {
            Optional<SignInLockout> lockout =
                    lockouts.find(counted.lockoutKey()).filter(held -> held.holds(now));
            if (lockout.isPresent()) {
                SignInLockout longer = lockout.get().refusedAgain(now, policy.maxLockout());
                lockouts.keep(counted.lockoutKey(), longer, longer.forgottenAt(policy.maxLockout()));
                Duration wait = longer.remaining(now);
                if (refused.isEmpty() || refused.get().retryAfter().compareTo(wait) < 0) {
                    refused = Optional.of(
                            new TooManySignInAttemptsException(counted.limit().name(), wait));
                }
            }
        }
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    /**
     * Counts a failed attempt against each of its keys. The failure a key's limit refuses locks that key out.
     *
     * @throws TooManySignInAttemptsException when this failure locked a key out
     */
    void failed(List<Counted> keys) {
        Instant now = clock.instant();
        Optional<TooManySignInAttemptsException> refused = Optional.empty();
        for (Counted counted : keys) {
            try {
                limits.admit(counted.limit(), counted.key());
            } catch (RateLimitedException overLimit) {
                SignInLockout lockout = SignInLockout.start(
                        now, overLimit.retryAfter(), lockouts.find(counted.lockoutKey()), policy.maxLockout());
                lockouts.keep(counted.lockoutKey(), lockout, lockout.forgottenAt(policy.maxLockout()));
                LOG.info(() ->
                        "event=sign_in_locked_out limit=" + counted.limit().name() + " seconds="
                                + lockout.length().toSeconds());
                if (refused.isEmpty() || refused.get().retryAfter().compareTo(lockout.length()) < 0) {
                    refused = Optional.of(
                            new TooManySignInAttemptsException(counted.limit().name(), lockout.length()));
                }
            }
        }
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    /**
     * The account's owner proved their password: the account's earlier lock-outs no longer make the next one longer.
     * The client's address keeps its count and lock-outs, which belong to every account tried from there.
     */
    void succeeded(Counted account) {
        lockouts.forget(account.lockoutKey());
    }

    Counted email(String normalizedEmail) {
        return new Counted(policy.perEmail(), normalizedEmail);
    }

    Counted address(String client) {
        return new Counted(policy.perAddress(), client);
    }
}

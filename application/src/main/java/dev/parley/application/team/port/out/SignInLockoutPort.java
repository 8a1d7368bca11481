package dev.parley.application.team.port.out;

import dev.parley.domain.team.SignInLockout;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the sign-in lock-outs of keys (an account's address, a client's address); driven by sign-in and password
 * changes. Bounded: when it holds too many, it forgets some keys, never all of them at once.
 */
public interface SignInLockoutPort {

    /** The key's lock-out, holding or ended, while it is remembered. */
    Optional<SignInLockout> find(String key);

    /** Keeps the key's lock-out until {@code forgetAt}. */
    void keep(String key, SignInLockout lockout, Instant forgetAt);

    /** Forgets the key's lock-out, if any. */
    void forget(String key);
}

package dev.parley.application.limits.port.in;

import dev.parley.domain.shared.RateLimit;

/** Admits one more use of a limited thing, or refuses it. Driving: the adapters' own limits (typing, pings) use it. */
public interface AdmitUseCase {

    /**
     * Counts one use of {@code limit} by {@code key}.
     *
     * @throws dev.parley.domain.shared.RateLimitedException when the key has used up its allowance; nothing is counted
     */
    default void admit(RateLimit limit, String key) {
        admit(limit, key, 1);
    }

    /**
     * Counts {@code amount} uses (bytes, for a limit of bytes) of {@code limit} by {@code key}, all or nothing.
     *
     * @throws dev.parley.domain.shared.RateLimitedException when that many are not left; nothing is counted
     */
    void admit(RateLimit limit, String key, long amount);
}

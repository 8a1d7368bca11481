package dev.parley.application.limits.port.in;

import dev.parley.domain.shared.LimitedUse;
import dev.parley.domain.shared.RateLimit;
import java.util.List;

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

    /**
     * Counts the uses in turn, each only when all before it were admitted: a request held back by several limits
     * (the visitor's own, then their address's) takes nothing from a later limit when an earlier one refuses it.
     *
     * @throws dev.parley.domain.shared.RateLimitedException for the first use refused; it and the uses after it are not
     *     counted, the ones before it are
     */
    default void admitInTurn(List<LimitedUse> uses) {
        uses.forEach(use -> admit(use.limit(), use.key(), use.amount()));
    }
}

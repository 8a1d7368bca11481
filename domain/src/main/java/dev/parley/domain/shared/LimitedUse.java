package dev.parley.domain.shared;

import java.util.Objects;

/**
 * Uses of one limited thing by one key, to be counted under its {@link RateLimit}.
 *
 * @param limit the limit they count against
 * @param key who or what uses it (a client address, a visitor, ...)
 * @param amount how many uses (bytes, for a limit of bytes)
 */
public record LimitedUse(RateLimit limit, String key, long amount) {

    public LimitedUse {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(key, "key");
    }

    /** One use. */
    public static LimitedUse of(RateLimit limit, String key) {
        return new LimitedUse(limit, key, 1);
    }

    /** Whether it counts in the same place as {@code other}: the same limit and the same key. */
    public boolean sameCounter(LimitedUse other) {
        return limit.name().equals(other.limit.name()) && key.equals(other.key);
    }
}

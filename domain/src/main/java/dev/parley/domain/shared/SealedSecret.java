package dev.parley.domain.shared;

import java.util.Objects;

/**
 * A third party's secret as Parley stores it: encrypted, opaque to everything but the secrets port that sealed it.
 *
 * @param value the sealed text, which names the key it was sealed with
 */
public record SealedSecret(String value) {

    public SealedSecret {
        Objects.requireNonNull(value, "sealed secret");
    }

    /** Never prints even the sealed form. */
    @Override
    public String toString() {
        return "SealedSecret[redacted]";
    }
}

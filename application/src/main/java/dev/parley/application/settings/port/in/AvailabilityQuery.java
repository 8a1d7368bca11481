package dev.parley.application.settings.port.in;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether the team answers at a moment, for the contexts that behave by it (the conversation answers a visitor who
 * writes while the store is closed). Read from memory in the steady state: the settings are read again only after
 * they changed.
 */
@FunctionalInterface
public interface AvailabilityQuery {

    /**
     * The store's availability at {@code at}, with the away message for a visitor speaking the language of
     * {@code languageTag} (a BCP 47 tag such as {@code pl-PL}), or the store's own when it has none in theirs or none
     * is given.
     */
    Availability availabilityAt(Instant at, Optional<String> languageTag);

    /** The store's availability at {@code at}, with the away message in the store's own language. */
    default Availability availabilityAt(Instant at) {
        return availabilityAt(at, Optional.empty());
    }
}

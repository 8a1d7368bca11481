package dev.parley.application.settings.port.in;

import java.time.Instant;

/**
 * Whether the team answers at a moment, for the contexts that behave by it (the conversation answers a visitor who
 * writes while the store is closed). Read from memory in the steady state: the settings are read again only after
 * they changed.
 */
@FunctionalInterface
public interface AvailabilityQuery {

    /** The store's availability at {@code at}. */
    Availability availabilityAt(Instant at);
}

package dev.parley.application.settings.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the team answers at one moment.
 *
 * @param open whether the store is open
 * @param nextOpening when it opens next, while it is closed and opens within the coming year or so
 * @param awayMessage what visitors are told outside business hours
 */
public record Availability(boolean open, Optional<Instant> nextOpening, String awayMessage) {

    public Availability {
        Objects.requireNonNull(nextOpening, "next opening");
        Objects.requireNonNull(awayMessage, "away message");
    }
}

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
 * @param teamOnline whether an agent is online (an inbox connected, not away), whatever the hours say
 */
public record Availability(boolean open, Optional<Instant> nextOpening, String awayMessage, boolean teamOnline) {

    /** Whether the team answers: within business hours, with someone online. */
    public boolean answersNow() {
        return open && teamOnline;
    }

    public Availability {
        Objects.requireNonNull(nextOpening, "next opening");
        Objects.requireNonNull(awayMessage, "away message");
    }
}

package dev.parley.application.profile.port.out;

import dev.parley.domain.profile.ProfileEvent;
import dev.parley.domain.profile.ProfileEventId;
import dev.parley.domain.profile.ProfileId;
import dev.parley.domain.profile.StoreEventId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads and appends profile events; driven by the profile use cases. */
public interface ProfileEventsPort {

    Optional<ProfileEvent> find(ProfileId profile, StoreEventId id);

    void append(ProfileEvent event);

    /**
     * The profile's events newest first (by occurrence, then by Parley's id), strictly before the keyset position.
     */
    List<ProfileEvent> page(ProfileId profile, Optional<Position> before, int limit);

    /**
     * A place in the history's order.
     *
     * @param occurredAt the event's occurrence time
     * @param event Parley's id of the event, which breaks ties
     */
    record Position(Instant occurredAt, ProfileEventId event) {}
}

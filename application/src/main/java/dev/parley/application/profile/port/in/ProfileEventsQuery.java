package dev.parley.application.profile.port.in;

import dev.parley.domain.profile.ProfileId;
import java.util.List;
import java.util.Optional;

/** Driven by the inbox: a profile's event history. */
public interface ProfileEventsQuery {

    int MAX_PAGE = 100;

    /**
     * A page of the profile's events, newest first, after the cursor of the previous page.
     *
     * @throws dev.parley.domain.profile.ProfileNotFoundException when there is no such profile
     * @throws dev.parley.domain.shared.InvalidValueException {@code invalid_cursor} for a cursor Parley did not give
     */
    EventPage events(ProfileId profile, Optional<String> before, int limit);

    /**
     * A page of events.
     *
     * @param events newest first
     * @param nextCursor for the next (older) page; empty on the last page
     */
    record EventPage(List<ProfileEventView> events, Optional<String> nextCursor) {}
}

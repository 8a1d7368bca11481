package dev.parley.application.profile.port.in;

import dev.parley.domain.shared.VisitorId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a helpdesk a conversation is handed to learns of its visitor; driven by the handoff. */
public interface HandoffProfileQuery {

    /**
     * The visitor's name (the store's, or none) and their latest profile events, newest first.
     *
     * @param events how many events at most
     */
    Optional<HandoffProfile> handoffProfile(VisitorId visitor, int events);

    /**
     * The visitor as a helpdesk sees them.
     *
     * @param name their name, when the store gave it
     * @param recentEvents their latest events in words ({@code Placed Order at 2026-12-05T10:00:00Z}), newest first
     */
    record HandoffProfile(Optional<String> name, List<String> recentEvents) {

        public HandoffProfile {
            Objects.requireNonNull(name, "name");
            recentEvents = List.copyOf(recentEvents);
        }
    }
}

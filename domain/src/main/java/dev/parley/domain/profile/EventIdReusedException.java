package dev.parley.domain.profile;

import dev.parley.domain.shared.DomainException;

/** The store recorded an event under an id it had used already for a different event; nothing was recorded. */
public class EventIdReusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public EventIdReusedException(StoreEventId id) {
        super(
                "event_id_reused",
                "This profile already has an event with the id '" + id.value()
                        + "' and different content; send a new id for a new event. Nothing was recorded.");
    }
}

package dev.parley.domain.profile;

import dev.parley.domain.shared.DomainException;

/** An event's properties are larger than the store may send; nothing was recorded. */
public class EventPropertiesTooLargeException extends DomainException {

    private static final long serialVersionUID = 1L;

    public EventPropertiesTooLargeException(int maxBytes) {
        super(
                "event_properties_too_large",
                "An event's properties are at most " + maxBytes + " bytes of JSON; nothing was recorded.");
    }
}

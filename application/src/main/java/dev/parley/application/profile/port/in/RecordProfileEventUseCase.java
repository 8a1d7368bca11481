package dev.parley.application.profile.port.in;

/** Driven by the Events API. */
public interface RecordProfileEventUseCase {

    /**
     * Records the event in the store user's history (creating the visitor and profile if the store user has never
     * been here). Recording the same event again answers the stored one and changes nothing.
     *
     * @throws dev.parley.domain.profile.EventIdReusedException when the id was used for a different event
     * @throws dev.parley.domain.profile.EventPropertiesTooLargeException when the properties are too large
     */
    Recorded record(RecordProfileEventCommand command);

    /**
     * The outcome.
     *
     * @param event the event as stored
     * @param created whether this call recorded it (false for a repeat)
     */
    record Recorded(ProfileEventView event, boolean created) {}
}

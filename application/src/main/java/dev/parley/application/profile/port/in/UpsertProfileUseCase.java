package dev.parley.application.profile.port.in;

/** Driven by the Events API. */
public interface UpsertProfileUseCase {

    /**
     * Sets a store user's profile, creating the visitor and profile if the store user has never been here (a later
     * signed {@code hello} with that user id finds them). Agents' inboxes are told when anything changed.
     *
     * @throws dev.parley.domain.shared.InvalidValueException when the properties break the installation's limits
     */
    Upserted upsert(UpsertProfileCommand command);

    /**
     * The outcome.
     *
     * @param profile the profile now
     * @param created whether the store user was new to Parley
     */
    record Upserted(ProfileView profile, boolean created) {}
}

package dev.parley.application.profile.port.out;

import dev.parley.domain.profile.Profile;

/** Stores profiles; driven by the profile and visitor use cases. */
public interface SaveProfilePort {

    void create(Profile profile);

    /** Stores the profile's contact details, properties and first visit. */
    void update(Profile profile);
}

package dev.parley.application.profile.port.out;

import dev.parley.domain.profile.Profile;
import dev.parley.domain.profile.ProfileId;
import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.shared.VisitorId;
import java.util.Optional;

/** Reads profiles; driven by the profile and visitor use cases. */
public interface LoadProfilePort {

    Optional<Profile> findById(ProfileId id);

    Optional<Profile> findByVisitor(VisitorId visitor);

    /** The profile most recently updated whose phone is this number (written in any way that has the country code). */
    Optional<Profile> findByPhone(PhoneNumber phone);

    /** The visitor's profile, locked until the transaction ends, so that changes to one profile take turns. */
    Optional<Profile> findByVisitorForUpdate(VisitorId visitor);
}

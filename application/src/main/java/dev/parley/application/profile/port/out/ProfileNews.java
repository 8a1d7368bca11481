package dev.parley.application.profile.port.out;

import dev.parley.domain.profile.ProfileId;
import dev.parley.domain.shared.VisitorId;
import java.util.Objects;

/**
 * "The profile of visitor V changed" (new details or a new event): all a subscriber is told; it pulls the profile.
 *
 * @param profile the profile that changed
 * @param visitor whose profile it is
 */
public record ProfileNews(ProfileId profile, VisitorId visitor) {

    public ProfileNews {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(visitor, "visitor");
    }
}

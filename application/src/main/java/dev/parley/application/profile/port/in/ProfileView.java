package dev.parley.application.profile.port.in;

import dev.parley.domain.profile.Profile;
import dev.parley.domain.profile.ProfileId;
import dev.parley.domain.profile.PropertyValue;
import dev.parley.domain.shared.VisitorId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A profile as agents and the store see it.
 *
 * @param id the profile
 * @param visitor whose profile it is
 * @param visitorCode the short code that tells the visitor apart while the store has not named them
 * @param externalUserId the store's user id, for a store user
 * @param name the store's name for the person
 * @param email their email address
 * @param phone their phone number
 * @param location where they are, in the store's words
 * @param properties the store's custom properties, in key order
 * @param locale the language the widget reported first
 * @param firstPage the first page the widget reported
 * @param visitorEmail the address the visitor gave in the widget, kept apart from the store's {@code email}
 * @param createdAt when Parley first met the visitor
 * @param updatedAt when the profile last changed
 */
public record ProfileView(
        ProfileId id,
        VisitorId visitor,
        String visitorCode,
        Optional<String> externalUserId,
        Optional<String> name,
        Optional<String> email,
        Optional<String> phone,
        Optional<String> location,
        Map<String, PropertyValue> properties,
        Optional<String> locale,
        Optional<String> firstPage,
        Optional<String> visitorEmail,
        Instant createdAt,
        Instant updatedAt) {

    /** Whether the visitor is a store user (known by the store's user id). */
    public boolean identified() {
        return externalUserId.isPresent();
    }

    /** The view of a profile, for a visitor with the given store user id. */
    public static ProfileView of(Profile profile, Optional<String> externalUserId) {
        return new ProfileView(
                profile.id(),
                profile.visitor(),
                profile.visitor().code(),
                externalUserId,
                profile.contact().name(),
                profile.contact().email(),
                profile.contact().phone(),
                profile.contact().location(),
                profile.properties().values(),
                profile.locale(),
                profile.firstPage(),
                profile.visitorEmail(),
                profile.createdAt(),
                profile.updatedAt());
    }
}

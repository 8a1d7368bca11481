package dev.parley.application.profile.port.in;

import dev.parley.domain.profile.ProfileEvent;
import dev.parley.domain.profile.ProfileId;
import java.time.Instant;

/**
 * An event of a profile's history.
 *
 * @param profile whose event it is
 * @param id the store's id of the event
 * @param name what happened
 * @param occurredAt when
 * @param propertiesJson its details: a JSON object's text
 * @param recordedAt when Parley recorded it
 */
public record ProfileEventView(
        ProfileId profile, String id, String name, Instant occurredAt, String propertiesJson, Instant recordedAt) {

    public static ProfileEventView of(ProfileEvent event) {
        return new ProfileEventView(
                event.profile(),
                event.storeId().value(),
                event.name().value(),
                event.occurredAt(),
                event.properties().json(),
                event.recordedAt());
    }
}

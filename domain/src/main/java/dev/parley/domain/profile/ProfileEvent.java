package dev.parley.domain.profile;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened to a store user, as the store reported it: "Placed Order" with its value and items. An
 * event is recorded once per store event id and profile and never changes afterwards; times are kept to the
 * millisecond.
 *
 * @param id Parley's id of the record
 * @param profile whose history it belongs to
 * @param storeId the store's id of the event
 * @param name what happened
 * @param occurredAt when it happened, as the store says (or when it was recorded)
 * @param properties its details
 * @param recordedAt when Parley recorded it
 */
public record ProfileEvent(
        ProfileEventId id,
        ProfileId profile,
        StoreEventId storeId,
        EventName name,
        Instant occurredAt,
        EventProperties properties,
        Instant recordedAt) {

    public ProfileEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(storeId, "store id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(occurredAt, "occurred at");
        Objects.requireNonNull(properties, "properties");
        Objects.requireNonNull(recordedAt, "recorded at");
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        recordedAt = recordedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** A new event; without an occurrence time it happened when it is recorded. */
    public static ProfileEvent record(
            ProfileEventId id,
            ProfileId profile,
            StoreEventId storeId,
            EventName name,
            Optional<Instant> occurredAt,
            EventProperties properties,
            Instant now) {
        return new ProfileEvent(id, profile, storeId, name, occurredAt.orElse(now), properties, now);
    }

    /**
     * Whether a request to record an event under the same store id asks for this very event: the same name and
     * properties, and the same occurrence time if the request gives one (a retry that leaves it out means the same
     * event, whenever it is sent).
     */
    public boolean isTheSameAs(
            EventName otherName, Optional<Instant> otherOccurredAt, EventProperties otherProperties) {
        return name.equals(otherName)
                && properties.equals(otherProperties)
                && otherOccurredAt
                        .map(at -> at.truncatedTo(ChronoUnit.MILLIS).equals(occurredAt))
                        .orElse(true);
    }
}

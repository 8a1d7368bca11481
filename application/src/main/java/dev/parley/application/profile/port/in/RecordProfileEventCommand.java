package dev.parley.application.profile.port.in;

import dev.parley.domain.profile.EventName;
import dev.parley.domain.profile.EventProperties;
import dev.parley.domain.profile.StoreEventId;
import dev.parley.domain.profile.StoreUserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The store reports something that happened to one of its users.
 *
 * @param user the store's user id
 * @param id the store's id of the event, which makes retries harmless
 * @param name what happened
 * @param occurredAt when, if the store says; otherwise now
 * @param properties its details, checked against the installation's size limit by the use case
 */
public record RecordProfileEventCommand(
        StoreUserId user, StoreEventId id, EventName name, Optional<Instant> occurredAt, EventProperties properties) {

    public RecordProfileEventCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(occurredAt, "occurred at");
        Objects.requireNonNull(properties, "properties");
    }
}

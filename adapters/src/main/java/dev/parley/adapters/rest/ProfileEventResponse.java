package dev.parley.adapters.rest;

import dev.parley.application.profile.port.in.ProfileEventView;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;

/**
 * An event of a profile's history.
 *
 * @param profileId whose event it is
 * @param id the store's id of the event
 * @param name what happened
 * @param occurredAt when (to the millisecond)
 * @param recordedAt when Parley recorded it
 * @param properties its details, as the store sent them (keys sorted)
 */
public record ProfileEventResponse(
        String profileId, String id, String name, String occurredAt, String recordedAt, JsonObject properties) {

    static ProfileEventResponse of(ProfileEventView view) {
        try (JsonReader reader = Json.createReader(new StringReader(view.propertiesJson()))) {
            return new ProfileEventResponse(
                    view.profile().toString(),
                    view.id(),
                    view.name(),
                    view.occurredAt().toString(),
                    view.recordedAt().toString(),
                    reader.readObject());
        }
    }
}

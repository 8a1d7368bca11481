package dev.parley.adapters.rest;

import dev.parley.domain.profile.ContactDetails;
import dev.parley.domain.profile.EventName;
import dev.parley.domain.profile.EventProperties;
import dev.parley.domain.profile.PropertyValue;
import dev.parley.domain.profile.StoreEventId;
import dev.parley.domain.shared.InvalidValueException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the Events API's bodies strictly: every field Parley reads must have its documented JSON type, unknown fields
 * are ignored. Event properties are rewritten as compact JSON with sorted keys, so that the same event sent again in
 * another key order or spacing is recognised as the same.
 */
final class EventsApiBodies {

    private EventsApiBodies() {}

    /**
     * A store user's profile.
     *
     * @param contact name, email, phone, location
     * @param properties the custom properties
     */
    record ProfileBody(ContactDetails contact, Map<String, PropertyValue> properties) {}

    /**
     * An event.
     *
     * @param id the store's id
     * @param name what happened
     * @param occurredAt when, if given
     * @param properties the details
     */
    record EventBody(StoreEventId id, EventName name, Optional<Instant> occurredAt, EventProperties properties) {}

    static ProfileBody profile(String text) {
        JsonObject body = object(text);
        ContactDetails contact = new ContactDetails(
                optionalString(body, "name"),
                optionalString(body, "email"),
                optionalString(body, "phone"),
                optionalString(body, "location"));
        Map<String, PropertyValue> properties = new LinkedHashMap<>();
        JsonValue given = body.get("properties");
        if (given != null && given.getValueType() != JsonValue.ValueType.NULL) {
            if (given.getValueType() != JsonValue.ValueType.OBJECT) {
                throw malformed("'properties' must be a JSON object.");
            }
            given.asJsonObject().forEach((key, value) -> properties.put(key, property(key, value)));
        }
        return new ProfileBody(contact, properties);
    }

    static EventBody event(String text) {
        JsonObject body = object(text);
        StoreEventId id = new StoreEventId(requiredString(body, "id"));
        EventName name = new EventName(requiredString(body, "name"));
        Optional<Instant> occurredAt = optionalString(body, "occurredAt").map(EventsApiBodies::instant);
        JsonValue given = body.get("properties");
        EventProperties properties = EventProperties.none();
        if (given != null && given.getValueType() != JsonValue.ValueType.NULL) {
            if (given.getValueType() != JsonValue.ValueType.OBJECT) {
                throw malformed("'properties' must be a JSON object.");
            }
            properties = new EventProperties(canonical(given).toString());
        }
        return new EventBody(id, name, occurredAt, properties);
    }

    /** The same JSON with every object's keys in order, so that equal content has equal text. */
    static JsonValue canonical(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObjectBuilder sorted = Json.createObjectBuilder();
                new TreeMap<>(value.asJsonObject()).forEach((key, member) -> sorted.add(key, canonical(member)));
                return sorted.build();
            }
            case ARRAY -> {
                JsonArrayBuilder array = Json.createArrayBuilder();
                value.asJsonArray().forEach(element -> array.add(canonical(element)));
                return array.build();
            }
            default -> {
                return value;
            }
        }
    }

    private static PropertyValue property(String key, JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> new PropertyValue.Text(((JsonString) value).getString());
            case NUMBER -> new PropertyValue.Number(((JsonNumber) value).bigDecimalValue());
            case TRUE -> new PropertyValue.Flag(true);
            case FALSE -> new PropertyValue.Flag(false);
            default ->
                throw new InvalidValueException(
                        "invalid_property_value",
                        "The property '"
                                + (key.length() <= 64 ? key : key.substring(0, 64) + "…")
                                + "' must be a string, a number or a boolean.");
        };
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeException notAnInstant) {
            throw new InvalidValueException(
                    "invalid_occurred_at", "'occurredAt' must be an ISO-8601 instant such as 2026-11-25T16:40:12Z.");
        }
    }

    private static JsonObject object(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw malformed("The body must be a JSON object.");
            }
            return value.asJsonObject();
        } catch (JsonException notJson) {
            throw malformed("The body is not JSON.");
        }
    }

    private static String requiredString(JsonObject body, String field) {
        return optionalString(body, field)
                .orElseThrow(
                        () -> new InvalidValueException("missing_field", "The body needs a '" + field + "' field."));
    }

    private static Optional<String> optionalString(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw malformed("'" + field + "' must be a string.");
        }
        return Optional.of(((JsonString) value).getString());
    }

    private static InvalidValueException malformed(String message) {
        return new InvalidValueException("malformed_body", message);
    }
}

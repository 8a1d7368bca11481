package dev.parley.adapters.rest;

import dev.parley.domain.shared.InvalidValueException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;

/**
 * The optional body of {@code POST /api/v1/visitor/session}: a store user's id and the store's signature of it.
 *
 * @param userId the store's user id
 * @param userHash hex HMAC-SHA256 of the user id under the identity-verification secret
 */
record VisitorSessionRequest(Optional<String> userId, Optional<String> userHash) {

    /**
     * Reads the body; an empty body asks for an anonymous visitor.
     *
     * @throws InvalidValueException with {@code malformed_body} when it is not a JSON
     *     object whose fields are strings
     */
    static VisitorSessionRequest parse(String body) {
        if (body == null || body.isBlank()) {
            return new VisitorSessionRequest(Optional.empty(), Optional.empty());
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw malformed();
            }
            JsonObject object = value.asJsonObject();
            return new VisitorSessionRequest(optionalString(object, "userId"), optionalString(object, "userHash"));
        } catch (JsonException notJson) {
            throw malformed();
        }
    }

    private static Optional<String> optionalString(JsonObject object, String field) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw malformed();
        }
        return Optional.of(((JsonString) value).getString());
    }

    private static InvalidValueException malformed() {
        return new InvalidValueException(
                "malformed_body",
                "Send no body, or a JSON object {\"userId\": \"…\", \"userHash\": \"…\"} with strings.");
    }
}

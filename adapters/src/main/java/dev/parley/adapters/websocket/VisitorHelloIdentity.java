package dev.parley.adapters.websocket;

import dev.parley.adapters.websocket.protocol.FrameRefusedException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;

/**
 * The store user a visitor's {@code hello} claims to be: {@code userId} and {@code userHash}, both optional strings
 * (see {@code docs/protocol.md}). Read from a frame that has been parsed as a {@code hello} already.
 *
 * @param userId the store's user id
 * @param userHash the store's hex HMAC-SHA256 of the user id
 */
record VisitorHelloIdentity(Optional<String> userId, Optional<String> userHash) {

    /**
     * Reads the claim from the text of a {@code hello} frame.
     *
     * @throws FrameRefusedException with {@code malformed_frame} when a field is not a string
     */
    static VisitorHelloIdentity of(String helloText) {
        try (JsonReader reader = Json.createReader(new StringReader(helloText))) {
            JsonObject frame = reader.readObject();
            return new VisitorHelloIdentity(optionalString(frame, "userId"), optionalString(frame, "userHash"));
        } catch (JsonException | IllegalStateException notAnObject) {
            throw new FrameRefusedException("malformed_frame", "A frame is a JSON object with a 'type'.");
        }
    }

    private static Optional<String> optionalString(JsonObject frame, String field) {
        JsonValue value = frame.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new FrameRefusedException("malformed_frame", "The field '" + field + "' must be a string.");
        }
        return Optional.of(((JsonString) value).getString());
    }
}

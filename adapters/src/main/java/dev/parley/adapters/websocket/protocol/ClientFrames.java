package dev.parley.adapters.websocket.protocol;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;

/**
 * Reads client frames. Parsing is strict about the fields Parley reads (type, presence) and ignores any other field,
 * so a client's claims about senders, sequence numbers or times never reach the server's logic.
 */
public final class ClientFrames {

    /**
     * How deeply arrays and objects may nest in a frame. Parley's frames are flat objects; the bound leaves room for
     * fields a later client may add, and keeps a deeply nested frame from reaching the JSON parser at all.
     */
    public static final int MAX_DEPTH = 16;

    /**
     * The longest frame read, in characters. The endpoints refuse longer frames first, by their configured size in
     * bytes ({@code parley.ws.max-frame-bytes}); this bound holds whatever they are configured to.
     */
    public static final int MAX_CHARS = 1 << 20;

    private ClientFrames() {}

    /**
     * Reads one frame.
     *
     * @param text the frame's text
     * @param accepted the frame types this endpoint accepts
     * @throws FrameRefusedException with {@code malformed_frame} or {@code unknown_type}
     */
    public static ClientFrame parse(String text, Set<String> accepted) {
        JsonObject frame = object(text);
        String type = requiredString(frame, "type");
        if (!accepted.contains(type)) {
            throw new FrameRefusedException(
                    "unknown_type",
                    "Frames of type '" + abbreviate(type) + "' are not understood here; see docs/protocol.md.");
        }
        return switch (type) {
            case "hello" ->
                new ClientFrame.Hello(
                        optionalString(frame, "token"),
                        optionalString(frame, "conversationId"),
                        optionalSeq(frame, "afterSeq"),
                        optionalString(frame, "locale"),
                        optionalString(frame, "page"),
                        optionalString(frame, "epoch"),
                        optionalString(frame, "language"),
                        optionalString(frame, "resume"));
            case "send" -> send(frame);
            case "open" ->
                new ClientFrame.Open(
                        requiredString(frame, "conversationId"),
                        optionalSeq(frame, "afterSeq"),
                        optionalString(frame, "epoch"));
            case "close" -> new ClientFrame.Close(requiredString(frame, "conversationId"));
            case "ping" -> new ClientFrame.Ping();
            case "end" -> new ClientFrame.End(requiredString(frame, "conversationId"));
            case "browse" -> new ClientFrame.Browse();
            case "live" ->
                new ClientFrame.Live(requiredString(frame, "conversationId"), optionalFlag(frame, "linksShown"));
            case "rate" -> rate(frame);
            case "contact" -> new ClientFrame.Contact(requiredString(frame, "email"));
            case "handoff_email" ->
                new ClientFrame.HandoffEmail(requiredString(frame, "conversationId"), requiredString(frame, "email"));
            case "typing" -> new ClientFrame.Typing(optionalString(frame, "conversationId"));
            case "seen" -> new ClientFrame.Seen(requiredString(frame, "conversationId"), optionalSeq(frame, "seq"));
            default ->
                throw new FrameRefusedException(
                        "unknown_type",
                        "Frames of type '" + abbreviate(type) + "' are not understood here; see docs/protocol.md.");
        };
    }

    private static ClientFrame.Send send(JsonObject frame) {
        String clientMessageId = requiredString(frame, "clientMessageId");
        Optional<String> text = optionalString(frame, "text");
        Optional<String> imageId = optionalString(frame, "imageId");
        if (text.isEmpty() && imageId.isEmpty()) {
            throw malformed("The field 'text' is missing; a message needs a 'text', an 'imageId' or both.");
        }
        return new ClientFrame.Send(
                clientMessageId,
                text,
                imageId,
                optionalString(frame, "conversationId"),
                optionalFlag(frame, "linksShown"));
    }

    private static ClientFrame.Rate rate(JsonObject frame) {
        String score = requiredString(frame, "score");
        if (!score.equals("good") && !score.equals("bad")) {
            throw malformed("The field 'score' is 'good' or 'bad'.");
        }
        return new ClientFrame.Rate(requiredString(frame, "conversationId"), score, optionalString(frame, "comment"));
    }

    private static JsonObject object(String text) {
        bounded(text);
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw malformed("A frame is a JSON object with a 'type'.");
            }
            return value.asJsonObject();
        } catch (JsonException notJson) {
            throw malformed("A frame is a JSON object with a 'type'; this one is not JSON.");
        }
    }

    /**
     * Refuses a frame over {@link #MAX_CHARS} or nested deeper than {@link #MAX_DEPTH}, in one pass over its text
     * that counts brackets outside strings; a frame that is not JSON at all is left to the parser to refuse.
     */
    private static void bounded(String text) {
        if (text.length() > MAX_CHARS) {
            throw malformed("A frame is at most " + MAX_CHARS + " characters.");
        }
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
                if (depth > MAX_DEPTH) {
                    throw malformed("A frame nests arrays and objects at most " + MAX_DEPTH + " deep.");
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
    }

    private static String requiredString(JsonObject frame, String field) {
        return optionalString(frame, field).orElseThrow(() -> malformed("The field '" + field + "' is missing."));
    }

    private static Optional<String> optionalString(JsonObject frame, String field) {
        JsonValue value = frame.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw malformed("The field '" + field + "' must be a string.");
        }
        return Optional.of(((JsonString) value).getString());
    }

    /** A boolean that is false when absent or {@code null}; anything but a boolean is refused. */
    private static boolean optionalFlag(JsonObject frame, String field) {
        JsonValue value = frame.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return false;
        }
        if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
            throw malformed("The field '" + field + "' must be true or false.");
        }
        return value.getValueType() == JsonValue.ValueType.TRUE;
    }

    private static long optionalSeq(JsonObject frame, String field) {
        JsonValue value = frame.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return 0;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER
                || !((JsonNumber) value).isIntegral()
                || ((JsonNumber) value).bigIntegerValue().signum() < 0
                || ((JsonNumber) value).bigIntegerValue().bitLength() > 62) {
            throw malformed("The field '" + field + "' must be a whole number, 0 or more.");
        }
        return ((JsonNumber) value).longValueExact();
    }

    private static FrameRefusedException malformed(String message) {
        return new FrameRefusedException("malformed_frame", message);
    }

    private static String abbreviate(String type) {
        return type.length() <= 40 ? type : type.substring(0, 40) + "…";
    }
}

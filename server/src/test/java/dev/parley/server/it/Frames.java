package dev.parley.server.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The frames of Parley's WebSocket protocol ({@code docs/protocol.md}) that the tests send, and ways to read them. */
final class Frames {

    private Frames() {}

    static JsonObject visitorHello() {
        return Json.createObjectBuilder().add("type", "hello").build();
    }

    static JsonObject visitorHello(String token, String conversationId, long afterSeq) {
        return Json.createObjectBuilder()
                .add("type", "hello")
                .add("token", token)
                .add("conversationId", conversationId)
                .add("afterSeq", afterSeq)
                .build();
    }

    /** A visitor's {@code hello} that also says the history epoch the client holds its messages in. */
    static JsonObject visitorHello(String token, String conversationId, long afterSeq, String epoch) {
        return Json.createObjectBuilder(visitorHello(token, conversationId, afterSeq))
                .add("epoch", epoch)
                .build();
    }

    static JsonObject agentHello() {
        return Json.createObjectBuilder().add("type", "hello").build();
    }

    static JsonObject send(String clientMessageId, String text) {
        return sendBuilder(clientMessageId, text).build();
    }

    static JsonObject send(String clientMessageId, String text, String conversationId) {
        return sendBuilder(clientMessageId, text)
                .add("conversationId", conversationId)
                .build();
    }

    static JsonObject open(String conversationId, long afterSeq) {
        return Json.createObjectBuilder()
                .add("type", "open")
                .add("conversationId", conversationId)
                .add("afterSeq", afterSeq)
                .build();
    }

    /** An agent's {@code open} that also says the history epoch the inbox holds its messages in. */
    static JsonObject open(String conversationId, long afterSeq, String epoch) {
        return Json.createObjectBuilder(open(conversationId, afterSeq))
                .add("epoch", epoch)
                .build();
    }

    /** A fresh client message id, as a client would choose it. */
    static String newClientMessageId() {
        return "c-" + UUID.randomUUID();
    }

    /** A text no other test writes, so that a frame can be told apart from other tests' frames. */
    static String uniqueText(String text) {
        return text + " [" + UUID.randomUUID().toString().substring(0, 8) + "]";
    }

    /** Whether a field is left out or null; the server leaves absent values out. */
    static boolean absentOrNull(JsonObject frame, String field) {
        return !frame.containsKey(field) || frame.isNull(field);
    }

    static long seq(JsonObject frame) {
        return frame.getJsonNumber("seq").longValue();
    }

    static List<Long> seqs(List<JsonObject> messages) {
        return messages.stream().map(Frames::seq).toList();
    }

    static List<String> texts(List<JsonObject> messages) {
        return messages.stream().map(message -> message.getString("text")).toList();
    }

    /** Frames about one conversation: a {@code message} or {@code ack} by its id, a {@code ticket} by its ticket. */
    static Predicate<JsonObject> aboutConversation(String conversationId) {
        return frame -> {
            JsonObject subject = frame.containsKey("ticket") ? frame.getJsonObject("ticket") : frame;
            return conversationId.equals(subject.getString("conversationId", null));
        };
    }

    /** A visitor's hello as a store user: their user id and the store's signature of it, either left out if null. */
    /** What a store's server computes for a signed-in user: the HMAC-SHA256 of the user id under the secret, in hex. */
    static String storeSigns(String secret, String userId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(userId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    static JsonObject identifiedHello(String userId, String userHash) {
        JsonObjectBuilder hello = Json.createObjectBuilder().add("type", "hello");
        if (userId != null) {
            hello.add("userId", userId);
        }
        if (userHash != null) {
            hello.add("userHash", userHash);
        }
        return hello.build();
    }

    private static JsonObjectBuilder sendBuilder(String clientMessageId, String text) {
        return Json.createObjectBuilder()
                .add("type", "send")
                .add("clientMessageId", clientMessageId)
                .add("text", text);
    }
}

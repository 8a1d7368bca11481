package dev.parley.server.it;

import static dev.parley.server.it.Frames.absentOrNull;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Logged-in visitors: a user id signed by the store (identity verification) makes the visitor that store user on
 * every device, over the WebSocket and the visitor REST API; a forged or missing signature is refused as the
 * settings say, and never becomes anybody.
 */
class VisitorIdentityIT {

    private static final String SECRET = "it-identity-secret-" + UUID.randomUUID();

    private static AgentSession admin;
    private static JsonObject before;

    @BeforeAll
    static void setSecret() {
        admin = ParleyClient.signInAsAdmin();
        before = SettingsApi.read(admin);
        enforce(false);
    }

    @AfterAll
    static void restoreSettings() {
        SettingsApi.restore(admin, before);
    }

    @Test
    void a_signed_user_is_the_same_visitor_on_every_device_and_their_conversation_follows_them() {
        enforce(false);
        String user = newUser();
        String text = Frames.uniqueText("Where is my order?");
        String visitorId;
        String conversationId;
        try (FrameSocket laptop = FrameSocket.open("/ws/visitor", Optional.empty())) {
            laptop.send(Frames.identifiedHello(user, sign(user)));
            JsonObject ready = laptop.next("ready");
            assertThat(absentOrNull(ready, "token"))
                    .as("no token for a signed user: %s", ready)
                    .isTrue();
            visitorId = ready.getString("visitorId");
            laptop.send(Frames.send(Frames.newClientMessageId(), text));
            conversationId = laptop.next("ack").getString("conversationId");
        }

        try (FrameSocket phone = FrameSocket.open("/ws/visitor", Optional.empty())) {
            phone.send(Frames.identifiedHello(user, sign(user)));
            JsonObject ready = phone.next("ready");
            assertThat(ready.getString("visitorId")).isEqualTo(visitorId);
            assertThat(ready.getJsonObject("conversation").getString("id")).isEqualTo(conversationId);
            assertThat(Frames.texts(phone.nextMessages(2))).endsWith(text);
        }
    }

    @Test
    void a_signed_user_ignores_an_anonymous_token_held_on_the_same_device() {
        enforce(false);
        ParleyClient.StartedConversation anonymous =
                ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("before logging in"));
        String user = newUser();

        try (FrameSocket socket = FrameSocket.open("/ws/visitor", Optional.empty())) {
            socket.send(Json.createObjectBuilder(Frames.identifiedHello(user, sign(user)))
                    .add("token", anonymous.token())
                    .add("conversationId", anonymous.conversationId())
                    .build());
            JsonObject ready = socket.next("ready");
            assertThat(absentOrNull(ready, "conversation"))
                    .as("the anonymous conversation is not the user's: %s", ready)
                    .isTrue();
        }
    }

    @Test
    void a_wrong_signature_is_refused_and_leaves_the_connection_not_ready_while_not_enforced() {
        enforce(false);
        assertIdentityRejected(Frames.identifiedHello(newUser(), sign("somebody-else")));
        assertIdentityRejected(Frames.identifiedHello(newUser(), "not a signature"));
        assertIdentityRejected(Frames.identifiedHello(null, sign("somebody")));
    }

    @Test
    void a_wrong_or_missing_signature_is_refused_while_enforced() {
        enforce(true);
        assertIdentityRejected(Frames.identifiedHello(newUser(), sign("somebody-else")));
        assertIdentityRejected(Frames.identifiedHello(newUser(), null));
    }

    @Test
    void a_forged_identity_never_falls_back_to_the_token_held() {
        enforce(false);
        ParleyClient.StartedConversation anonymous =
                ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("mine"));

        assertIdentityRejected(Json.createObjectBuilder(Frames.identifiedHello(newUser(), sign("x")))
                .add("token", anonymous.token())
                .build());
        assertThat(ParleyClient.threadAsVisitor(anonymous.token(), anonymous.conversationId()))
                .isEqualTo(anonymous.thread());
    }

    @Test
    void a_user_id_without_a_signature_is_anonymous_while_not_enforced() {
        enforce(false);
        try (FrameSocket socket = FrameSocket.open("/ws/visitor", Optional.empty())) {
            socket.send(Frames.identifiedHello(newUser(), null));
            JsonObject ready = socket.next("ready");
            assertThat(ready.getString("token", ""))
                    .as("an anonymous visitor gets a token: %s", ready)
                    .isNotBlank();
        }
    }

    @Test
    void anonymous_visitors_still_chat_while_enforced() {
        enforce(true);
        ParleyClient.StartedConversation anonymous =
                ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("no account"));
        assertThat(anonymous.token()).isNotBlank();
    }

    @Test
    void a_rest_session_of_a_signed_user_reaches_the_conversation_started_over_the_websocket() {
        enforce(true);
        String user = newUser();
        String conversationId;
        try (FrameSocket socket = FrameSocket.open("/ws/visitor", Optional.empty())) {
            socket.send(Frames.identifiedHello(user, sign(user)));
            socket.next("ready");
            socket.send(Frames.send(Frames.newClientMessageId(), Frames.uniqueText("hello")));
            conversationId = socket.next("ack").getString("conversationId");
        }
        String body = Json.createObjectBuilder()
                .add("userId", user)
                .add("userHash", sign(user))
                .build()
                .toString();

        HttpResponse<String> first = ParleyClient.postAsVisitor("/api/v1/visitor/session", null, body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        String firstToken = ParleyClient.json(first.body()).getString("token");
        HttpResponse<String> current = ParleyClient.getAsVisitor("/api/v1/visitor/conversations/current", firstToken);
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        assertThat(ParleyClient.json(current.body()).getString("id")).isEqualTo(conversationId);

        // A new session of the same user replaces the token issued before.
        String secondToken = ParleyClient.json(ParleyClient.postAsVisitor("/api/v1/visitor/session", null, body)
                        .body())
                .getString("token");
        assertThat(ParleyClient.getAsVisitor("/api/v1/visitor/conversations/current", secondToken)
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> stale = ParleyClient.getAsVisitor("/api/v1/visitor/conversations/current", firstToken);
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(ParleyClient.json(stale.body()).getString("code")).isEqualTo("visitor_unknown");
    }

    @Test
    void a_rest_session_with_a_forged_identity_is_refused() {
        enforce(false);
        for (String body : new String[] {
            Json.createObjectBuilder()
                    .add("userId", newUser())
                    .add("userHash", sign("x"))
                    .build()
                    .toString(),
            Json.createObjectBuilder().add("userHash", sign("x")).build().toString()
        }) {
            HttpResponse<String> refused = ParleyClient.postAsVisitor("/api/v1/visitor/session", null, body);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            assertThat(ParleyClient.contentType(refused)).startsWith("application/problem+json");
            assertThat(ParleyClient.json(refused.body()).getString("code")).isEqualTo("identity_rejected");
        }
        enforce(true);
        HttpResponse<String> unsigned = ParleyClient.postAsVisitor(
                "/api/v1/visitor/session",
                null,
                Json.createObjectBuilder().add("userId", newUser()).build().toString());
        assertThat(unsigned.statusCode()).isEqualTo(403);
        assertThat(ParleyClient.json(unsigned.body()).getString("code")).isEqualTo("identity_rejected");
    }

    /** The hello is refused with identity_rejected; the connection stays not ready and can still say hello. */
    private static void assertIdentityRejected(JsonObject hello) {
        try (FrameSocket socket = FrameSocket.open("/ws/visitor", Optional.empty())) {
            socket.send(hello);
            JsonObject error = socket.next("error");
            assertThat(error.getString("code")).as("%s", error).isEqualTo("identity_rejected");
            socket.noFrameWithin(FrameSocket.QUIET, Set.of("ready"));

            String clientMessageId = Frames.newClientMessageId();
            socket.send(Frames.send(clientMessageId, "sneaking in"));
            JsonObject notReady = socket.next("error");
            assertThat(notReady.getString("code")).isEqualTo("not_ready");
            socket.noFrameWithin(FrameSocket.QUIET, Set.of("ack", "message"));
        }
    }

    private static void enforce(boolean enforced) {
        SettingsApi.update(
                admin,
                Json.createObjectBuilder()
                        .add(
                                "identityVerification",
                                Json.createObjectBuilder()
                                        .add("enforced", enforced)
                                        .add("secret", SECRET))
                        .build());
    }

    private static String newUser() {
        return "customer-" + UUID.randomUUID();
    }

    private static String sign(String userId) {
        return Frames.storeSigns(SECRET, userId);
    }
}

package dev.parley.server.it;

import static dev.parley.server.it.Frames.absentOrNull;
import static dev.parley.server.it.Frames.newClientMessageId;
import static dev.parley.server.it.Frames.seq;
import static dev.parley.server.it.Frames.seqs;
import static dev.parley.server.it.Frames.uniqueText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import dev.parley.server.it.ParleyClient.StartedConversation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Frames Parley must refuse: each gets an {@code error} frame with its code, and changes nothing, neither in the
 * sender's conversation nor in anybody else's.
 */
class BadInputIT {

    private StartedConversation mine;
    private StartedConversation theirs;

    @BeforeEach
    void two_visitors_start_a_conversation_each() {
        mine = ParleyClient.startConversation(newClientMessageId(), uniqueText("Where is my order?"));
        theirs = ParleyClient.startConversation(newClientMessageId(), uniqueText("Do you sell gift cards?"));
    }

    @Test
    void a_frame_that_is_not_json_is_malformed() {
        assertRefused("this is not JSON {", "malformed_frame", null);
    }

    @Test
    void a_json_value_that_is_not_an_object_is_malformed() {
        assertRefused("[\"send\"]", "malformed_frame", null);
    }

    @Test
    void a_frame_of_an_unknown_type_is_refused() {
        assertRefused("{\"type\":\"dance\"}", "unknown_type", null);
    }

    @Test
    void a_message_of_blanks_is_empty() {
        assertRefused(Frames.send("x1", "   ").toString(), "empty_message", "x1");
    }

    @Test
    void a_message_over_four_thousand_characters_is_too_long() {
        assertRefused(Frames.send("x1", "a".repeat(4_001)).toString(), "message_too_long", "x1");
    }

    @Test
    void a_message_of_exactly_four_thousand_characters_is_accepted() {
        String text = "b".repeat(3_990) + UUID.randomUUID().toString().substring(0, 10);
        assertThat(text).hasSize(4_000);
        try (FrameSocket visitor = helloAs(mine)) {
            visitor.send(Frames.send("x1", text));

            JsonObject ack = visitor.next("ack");
            assertThat(ack.getString("conversationId")).isEqualTo(mine.conversationId());
            assertThat(seq(ack)).isEqualTo(3);
            JsonObject message = visitor.next("message");
            assertThat(seq(message)).isEqualTo(3);
            assertThat(message.getString("text")).isEqualTo(text);
        }
        assertThat(seqs(ParleyClient.threadAsVisitor(mine.token(), mine.conversationId())))
                .containsExactly(1L, 2L, 3L);
        assertThat(ParleyClient.threadAsVisitor(theirs.token(), theirs.conversationId()))
                .isEqualTo(theirs.thread());
    }

    @Test
    void another_visitors_conversation_cannot_be_written_to() {
        assertRefused(
                Frames.send("x1", uniqueText("Let me in"), theirs.conversationId())
                        .toString(),
                "conversation_not_found",
                "x1");
    }

    @Test
    void a_conversation_id_that_is_not_an_id_is_not_found() {
        assertRefused(Frames.send("x1", uniqueText("Hello?"), "not-a-uuid").toString(), "conversation_not_found", "x1");
    }

    @Test
    void a_conversation_that_does_not_exist_is_not_found() {
        assertRefused(
                Frames.send("x1", uniqueText("Hello?"), UUID.randomUUID().toString())
                        .toString(),
                "conversation_not_found",
                "x1");
    }

    @Test
    void a_send_before_hello_is_not_ready() {
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.send("x1", uniqueText("Too early"), mine.conversationId()));

            JsonObject error = visitor.next("error");
            assertThat(error.getString("code")).isEqualTo("not_ready");
            visitor.noFrameWithin(FrameSocket.QUIET, Set.of("message", "ack"));
        }
        assertNothingChanged();
    }

    @Test
    void a_refused_frame_leaves_the_connection_usable() {
        try (FrameSocket visitor = helloAs(mine)) {
            visitor.send(Frames.send("x1", "   "));
            assertThat(visitor.next("error").getString("code")).isEqualTo("empty_message");

            String text = uniqueText("Second try");
            visitor.send(Frames.send("x1", text));
            assertThat(seq(visitor.next("ack"))).isEqualTo(3);
            assertThat(visitor.next("message").getString("text")).isEqualTo(text);
        }
    }

    @Test
    void the_agent_socket_refuses_a_frame_that_is_not_json() {
        assertAgentRefused("not JSON at all", "malformed_frame");
    }

    @Test
    void the_agent_socket_refuses_a_frame_of_an_unknown_type() {
        assertAgentRefused("{\"type\":\"dance\"}", "unknown_type");
    }

    @Test
    void the_agent_socket_does_not_find_a_conversation_that_does_not_exist() {
        assertAgentRefused(Frames.open(UUID.randomUUID().toString(), 0).toString(), "conversation_not_found");
    }

    @Test
    void the_agent_socket_does_not_post_to_a_conversation_that_does_not_exist() {
        assertAgentRefused(
                Frames.send("x1", uniqueText("Anyone?"), UUID.randomUUID().toString())
                        .toString(),
                "conversation_not_found");
    }

    @Test
    void the_agent_socket_wants_hello_first() {
        AgentSession agent = ParleyClient.signInAsAdmin();
        try (FrameSocket inbox = FrameSocket.open("/ws/agent", Optional.of(agent.cookie()))) {
            inbox.send(Frames.open(mine.conversationId(), 0));

            assertThat(inbox.next("error").getString("code")).isEqualTo("not_ready");
            inbox.noFrameWithin(FrameSocket.QUIET, Set.of("message", "ack"));
        }
    }

    /** Sends a frame as the visitor of {@link #mine}, expects the refusal, and checks that nothing changed. */
    private void assertRefused(String frame, String code, String clientMessageId) {
        try (FrameSocket visitor = helloAs(mine)) {
            visitor.sendText(frame);

            JsonObject error = visitor.next("error");
            assertThat(error.getString("code")).as("%s", error).isEqualTo(code);
            assertThat(error.getString("message", "")).isNotBlank();
            if (clientMessageId == null) {
                assertThat(absentOrNull(error, "clientMessageId"))
                        .as("%s", error)
                        .isTrue();
            } else {
                assertThat(error.getString("clientMessageId")).isEqualTo(clientMessageId);
            }
            visitor.noFrameWithin(FrameSocket.QUIET, Set.of("message", "ack"));

            // The connection still answers after a refusal.
            visitor.send(Json.createObjectBuilder().add("type", "ping").build());
            visitor.next("pong");
        }
        assertNothingChanged();
    }

    private void assertAgentRefused(String frame, String code) {
        AgentSession agent = ParleyClient.signInAsAdmin();
        try (FrameSocket inbox = agent.openInbox()) {
            inbox.sendText(frame);

            JsonObject error = inbox.next("error");
            assertThat(error.getString("code")).as("%s", error).isEqualTo(code);
            inbox.noFrameWithin(FrameSocket.QUIET, Set.of("message", "ack"));

            inbox.send(Json.createObjectBuilder().add("type", "ping").build());
            inbox.next("pong");
        }
        assertNothingChanged();
    }

    /** Both visitors' conversations hold exactly the messages they held before. */
    private void assertNothingChanged() {
        assertThat(ParleyClient.threadAsVisitor(mine.token(), mine.conversationId()))
                .isEqualTo(mine.thread());
        assertThat(ParleyClient.threadAsVisitor(theirs.token(), theirs.conversationId()))
                .isEqualTo(theirs.thread());
        assertThat(seqs(mine.thread())).containsExactly(1L, 2L);
    }

    private static FrameSocket helloAs(StartedConversation conversation) {
        FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty());
        visitor.send(Frames.visitorHello(conversation.token(), conversation.conversationId(), 2));
        JsonObject ready = visitor.next("ready");
        assertThat(ready.getJsonObject("conversation").getString("id")).isEqualTo(conversation.conversationId());
        return visitor;
    }
}

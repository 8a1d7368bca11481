package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The connection caps, the per-connection limits on typing and pings, and frames and handshakes that are not well
 * formed, against the black-box server with its default limits: 20 sockets per visitor and per agent session, 30
 * typing frames and 30 pings per connection and minute.
 */
class WebSocketConnectionsIT {

    @org.junit.jupiter.api.BeforeAll
    static void serverReady() throws InterruptedException {
        GracefulStopIT.awaitReady();
    }

    private static final int PER_VISITOR = 20;
    private static final int PER_AGENT_SESSION = 20;
    private static final int PER_CONNECTION_AND_MINUTE = 30;

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable socket : open) {
            socket.close();
        }
    }

    private <T extends AutoCloseable> T kept(T socket) {
        open.add(socket);
        return socket;
    }

    private static JsonObject ping() {
        return Json.createObjectBuilder().add("type", "ping").build();
    }

    private static JsonObject typing(String conversationId) {
        return Json.createObjectBuilder()
                .add("type", "typing")
                .add("conversationId", conversationId)
                .build();
    }

    private FrameSocket visitorSocket(String token) {
        FrameSocket socket = kept(FrameSocket.open("/ws/visitor", Optional.empty()));
        socket.send(Json.createObjectBuilder()
                .add("type", "hello")
                .add("token", token)
                .build());
        return socket;
    }

    @Test
    void the_socket_over_a_visitors_cap_is_refused_with_4008_and_the_open_ones_stay() {
        ParleyClient.StartedConversation started =
                ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("caps"));
        List<FrameSocket> admitted = new ArrayList<>();
        for (int i = 0; i < PER_VISITOR; i++) {
            FrameSocket socket = visitorSocket(started.token());
            socket.next("ready");
            admitted.add(socket);
        }

        FrameSocket refused = visitorSocket(started.token());

        assertThat(refused.awaitClose(FrameSocket.PATIENCE))
                .as("the socket over the cap is closed")
                .isTrue();
        assertThat(refused.closedWith()).isEqualTo("4008 too_many_connections");
        refused.noFrameWithin(Duration.ZERO, java.util.Set.of("ready"));
        for (FrameSocket socket : admitted) {
            socket.send(ping());
            socket.next("pong");
        }
        // A closed socket gives its place back.
        admitted.get(0).close();
        FrameSocket again = retry(() -> {
            FrameSocket socket = visitorSocket(started.token());
            socket.next("ready");
            return socket;
        });
        assertThat(again.awaitClose(FrameSocket.QUIET)).isFalse();
    }

    @Test
    void the_socket_over_an_agent_sessions_cap_is_refused_with_4008_and_the_open_ones_stay() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        List<FrameSocket> admitted = new ArrayList<>();
        for (int i = 0; i < PER_AGENT_SESSION; i++) {
            admitted.add(kept(admin.openInbox()));
        }

        FrameSocket refused = kept(FrameSocket.open("/ws/agent", Optional.of(admin.cookie())));

        assertThat(refused.awaitClose(FrameSocket.PATIENCE))
                .as("the socket over the cap is closed")
                .isTrue();
        assertThat(refused.closedWith()).isEqualTo("4008 too_many_connections");
        for (FrameSocket socket : admitted) {
            socket.send(ping());
            socket.next("pong");
        }
        // Another session of the same agent has its own count.
        AgentSession other = ParleyClient.signInAsAdmin();
        kept(other.openInbox());
        admitted.get(0).close();
        retry(() -> kept(admin.openInbox()));
    }

    @Test
    void a_typing_flood_reaches_the_inbox_no_more_often_than_the_limit_allows() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        ParleyClient.StartedConversation started =
                ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("typing flood"));
        FrameSocket inbox = kept(admin.openInbox());
        FrameSocket visitor = visitorSocket(started.token());
        visitor.next("ready");

        long floodStarted = System.nanoTime();
        for (int i = 0; i < 2000; i++) {
            visitor.send(typing(started.conversationId()));
        }
        long floodSeconds = Duration.ofNanos(System.nanoTime() - floodStarted).toSeconds();
        visitor.send(ping());
        visitor.next("pong");

        int relayed = 0;
        try {
            while (true) {
                inbox.next("typing", Frames.aboutConversation(started.conversationId()), Duration.ofSeconds(2));
                relayed++;
            }
        } catch (AssertionError noMore) {
            // No typing frame within 2 s: all that were relayed have come.
        }
        // The allowance, and what refilled while the flood was being sent (one every 2 s).
        assertThat(relayed).isBetween(1, PER_CONNECTION_AND_MINUTE + 2 + (int) (floodSeconds / 2));
        // Dropped silently: the visitor got no error for them.
        visitor.noFrameWithin(Duration.ZERO, java.util.Set.of("error"));
    }

    @Test
    void pings_over_the_limit_are_answered_rate_limited_and_the_allowance_comes_back() throws Exception {
        FrameSocket visitor = kept(FrameSocket.open("/ws/visitor", Optional.empty()));
        for (int i = 0; i <= PER_CONNECTION_AND_MINUTE; i++) {
            visitor.send(ping());
        }

        assertThat(visitor.next("error").getString("code")).isEqualTo("rate_limited");
        for (int i = 0; i < PER_CONNECTION_AND_MINUTE; i++) {
            visitor.next("pong");
        }
        visitor.noFrameWithin(FrameSocket.QUIET, java.util.Set.of("pong", "error"));
        // 30 a minute, refilled gradually: one more after 2 s.
        Thread.sleep(2500);
        visitor.send(ping());
        visitor.next("pong");
        assertThat(visitor.awaitClose(Duration.ZERO)).isFalse();
    }

    @Test
    void a_deeply_nested_frame_is_refused_malformed_without_a_stack_trace() {
        ServerLogs.Mark mark = ServerLogs.mark();
        FrameSocket visitor = kept(FrameSocket.open("/ws/visitor", Optional.empty()));

        visitor.sendText("{\"type\":\"hello\",\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}");

        assertThat(visitor.next("error").getString("code")).isEqualTo("malformed_frame");
        visitor.send(ping());
        visitor.next("pong");
        String logged = ServerLogs.messagesSince(mark);
        assertThat(logged).contains("event=websocket_frame_refused code=malformed_frame");
        assertThat(logged).doesNotContain("\tat ").doesNotContain("\\tat ").doesNotContain("Exception");
        assertThat(ServerLogs.ffdcSince(mark)).isEmpty();
    }

    @Test
    void malformed_handshakes_are_refused_without_an_incident_or_a_stack_trace() {
        ServerLogs.Mark mark = ServerLogs.mark();
        String upgrade = "Upgrade: websocket\r\n";
        String key = "Sec-WebSocket-Key: " + RawWebSocket.newKey() + "\r\n";
        String version = "Sec-WebSocket-Version: 13\r\n";

        for (String path : List.of("/ws/visitor", "/ws/agent")) {
            assertThat(RawWebSocket.handshakeStatus(path, upgrade + "Sec-WebSocket-Key: not-a-key\r\n" + version))
                    .isEqualTo(400);
            assertThat(RawWebSocket.handshakeStatus(path, upgrade + version)).isEqualTo(400);
            assertThat(RawWebSocket.handshakeStatus(path, upgrade + key + "Sec-WebSocket-Version: 8\r\n"))
                    .isEqualTo(426);
            assertThat(RawWebSocket.handshakeStatus(path, upgrade + key)).isEqualTo(426);
            assertThat(RawWebSocket.handshakeStatus(path, key + version)).isEqualTo(400);
            assertThat(RawWebSocket.handshakeStatus(path, "")).isEqualTo(400);
        }
        // A well-formed one still passes.
        kept(RawWebSocket.open("/ws/visitor", Optional.empty(), 0));

        assertThat(ServerLogs.ffdcSince(mark)).isEmpty();
        assertThat(ServerLogs.messagesSince(mark))
                .doesNotContain("\tat ")
                .doesNotContain("\\tat ")
                .doesNotContain("Exception");
    }

    /** Tries again for a few seconds: the server gives a closed socket's place back once it has seen the close. */
    private static <T> T retry(java.util.function.Supplier<T> attempt) {
        long deadline = System.nanoTime() + FrameSocket.PATIENCE.toNanos();
        while (true) {
            try {
                return attempt.get();
            } catch (AssertionError refused) {
                if (System.nanoTime() > deadline) {
                    throw refused;
                }
            }
        }
    }
}

package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.StartedConversation;
import jakarta.json.JsonObject;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The limits a visitor meets: the message rate ({@code PARLEY_LIMIT_MESSAGES_PER_VISITOR}, 20 a minute by default,
 * which the server under test keeps: one message comes back every 3 seconds) and the frame size ({@code
 * PARLEY_WS_MAX_FRAME_BYTES}, 64 KiB). The limits per client address are {@link AnonymousFloodIT}'s.
 */
class VisitorLimitsIT {

    private static final int MESSAGES_PER_MINUTE = 20;
    private static final int MAX_FRAME_BYTES = 65_536;

    @Test
    void twenty_messages_a_minute_pass_and_the_next_is_refused_while_retries_are_still_acknowledged()
            throws InterruptedException {
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello());
            String token = visitor.next("ready").getString("token");
            List<String> ids = new ArrayList<>();
            String conversationId = null;
            for (int i = 1; i <= MESSAGES_PER_MINUTE; i++) {
                String id = Frames.newClientMessageId();
                ids.add(id);
                visitor.send(Frames.send(id, "message " + i));
                JsonObject ack = visitor.next("ack", frame -> id.equals(frame.getString("clientMessageId")));
                conversationId = ack.getString("conversationId");
            }

            String oneTooMany = Frames.newClientMessageId();
            visitor.send(Frames.send(oneTooMany, "message 21"));
            JsonObject refused = visitor.next("error");
            assertThat(refused.getString("code")).as("%s", refused).isEqualTo("rate_limited");
            assertThat(refused.getString("clientMessageId")).isEqualTo(oneTooMany);
            assertThat(refused.getString("message", "")).isNotBlank();

            // A retry of a committed message is never limited: it gets its first ack again.
            visitor.send(Frames.send(ids.get(0), "message 1"));
            JsonObject retried = visitor.next("ack", frame -> ids.get(0).equals(frame.getString("clientMessageId")));
            assertThat(Frames.seq(retried)).isEqualTo(2);

            // The welcome message and the twenty stored ones; the refused one is nowhere.
            List<JsonObject> thread = ParleyClient.threadAsVisitor(token, conversationId);
            assertThat(thread).hasSize(MESSAGES_PER_MINUTE + 1);
            assertThat(Frames.texts(thread)).doesNotContain("message 21");

            // One message comes back every 3 seconds.
            Thread.sleep(3_500);
            visitor.send(Frames.send(oneTooMany, "message 21"));
            visitor.next("ack", frame -> oneTooMany.equals(frame.getString("clientMessageId")));
        }
    }

    @Test
    @SuppressWarnings("FutureReturnValueIgnored") // the server closes the connection on the oversized frame's send
    void a_frame_over_the_limit_closes_the_connection_with_1009_and_stores_nothing() throws Exception {
        StartedConversation mine = ParleyClient.startConversation(Frames.newClientMessageId(), "before the flood");
        CompletableFuture<Integer> closeCode = new CompletableFuture<>();
        WebSocket socket = ParleyClient.http()
                .newWebSocketBuilder()
                .buildAsync(ParleyClient.webSocketUri("/ws/visitor"), new CloseCodeListener(closeCode))
                .get(10, TimeUnit.SECONDS);
        socket.sendText(
                        Frames.visitorHello(mine.token(), mine.conversationId(), 2)
                                .toString(),
                        true)
                .get(10, TimeUnit.SECONDS);

        String oversized = sendFrameOfLength(MAX_FRAME_BYTES + 1, mine.conversationId());
        socket.sendText(oversized, true);

        assertThat(closeCode.get(10, TimeUnit.SECONDS)).isEqualTo(1009);
        socket.abort();
        assertThat(ParleyClient.threadAsVisitor(mine.token(), mine.conversationId()))
                .isEqualTo(mine.thread());
    }

    @Test
    void a_frame_of_exactly_the_limit_is_read_and_its_too_long_text_refused() {
        StartedConversation mine = ParleyClient.startConversation(Frames.newClientMessageId(), "before the big one");
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello(mine.token(), mine.conversationId(), 2));
            visitor.next("ready");

            String frame = sendFrameOfLength(MAX_FRAME_BYTES, mine.conversationId());
            assertThat(frame).hasSize(MAX_FRAME_BYTES);
            visitor.sendText(frame);

            JsonObject error = visitor.next("error");
            assertThat(error.getString("code")).as("%s", error).isEqualTo("message_too_long");
            visitor.noFrameWithin(FrameSocket.QUIET, Set.of("ack", "message"));
            visitor.send(
                    jakarta.json.Json.createObjectBuilder().add("type", "ping").build());
            visitor.next("pong");
        }
        assertThat(ParleyClient.threadAsVisitor(mine.token(), mine.conversationId()))
                .isEqualTo(mine.thread());
    }

    /** A {@code send} frame of exactly {@code length} ASCII characters (so as many bytes), its text padded. */
    private static String sendFrameOfLength(int length, String conversationId) {
        String clientMessageId = Frames.newClientMessageId();
        String empty = Frames.send(clientMessageId, "", conversationId).toString();
        return Frames.send(clientMessageId, "x".repeat(length - empty.length()), conversationId)
                .toString();
    }

    private static final class CloseCodeListener implements WebSocket.Listener {

        private final CompletableFuture<Integer> closeCode;

        CloseCodeListener(CompletableFuture<Integer> closeCode) {
            this.closeCode = closeCode;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeCode.completeExceptionally(error);
        }
    }
}

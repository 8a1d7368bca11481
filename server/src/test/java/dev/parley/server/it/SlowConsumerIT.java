package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * One agent whose client stops reading (a dead laptop, a stalled network) does not slow delivery to the other agents:
 * the server writes to each socket without blocking, and closes the slow one with 4009 {@code too_slow} once its send
 * queue is over the bound (1,000 frames or 4 MiB by default), instead of holding its frames or a thread for it.
 */
class SlowConsumerIT {

    @org.junit.jupiter.api.BeforeAll
    static void serverReady() throws InterruptedException {
        GracefulStopIT.awaitReady();
    }

    private static final Logger LOG = Logger.getLogger(SlowConsumerIT.class.getName());
    /** Replies of nearly 4,000 three-byte characters: about 12 KB per message frame. */
    private static final String LONG_TEXT = "€".repeat(3990);
    /** Enough bytes to fill the slow socket's buffers and then its send queue several times over. */
    private static final int REPLIES = 900;

    @Test
    void an_agent_that_stops_reading_is_closed_too_slow_and_the_others_get_every_reply_in_time() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        AgentSession fast = TeamApi.addAndSignIn(admin, "slow-it-", "Fay Fast", "agent");
        AgentSession slow = TeamApi.addAndSignIn(admin, "slow-it-", "Sid Slow", "agent");
        ParleyClient.StartedConversation started =
                ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("slow consumer"));
        String conversation = started.conversationId();
        try (FrameSocket writer = admin.openInbox();
                FrameSocket reader = fast.openInbox();
                RawWebSocket stalled = RawWebSocket.open("/ws/agent", Optional.of(slow.cookie()), 4096)) {
            reader.send(Frames.open(conversation, 2));
            stalled.sendText(Frames.agentHello().toString());
            stalled.sendText(Frames.open(conversation, 2).toString());
            // From here on the stalled client reads nothing.

            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < REPLIES; i++) {
                writer.send(Frames.send(Frames.newClientMessageId(), i + LONG_TEXT, conversation));
                long seq = Frames.seq(writer.next("ack"));
                long acked = System.nanoTime();
                JsonObject message = reader.next("message", frame -> Frames.seq(frame) == seq);
                latencies.add((System.nanoTime() - acked) / 1_000_000);
                assertThat(message.getString("text")).startsWith(String.valueOf(i));
            }

            Collections.sort(latencies);
            long median = latencies.get(latencies.size() / 2);
            long worst = latencies.get(latencies.size() - 1);
            LOG.info(() ->
                    "event=slow_consumer_delivery replies=" + REPLIES + " medianMs=" + median + " maxMs=" + worst);
            assertThat(worst)
                    .as("the longest a reply took to reach the reading agent, in ms")
                    .isLessThan(3000);

            // The stalled client reads again: what was written before its queue overflowed, then the close.
            RawWebSocket.Frame close = stalled.nextClose(Duration.ofSeconds(30));
            // Whichever comes first ends it: the queue past its bound (4009 too_slow) or the server's write to the
            // stalled socket timing out (1000 normal, "could no longer write"); both leave the others untouched.
            assertThat(close.closeCode() + " " + close.closeReason()).isIn("4009 too_slow", "1000 normal");
            reader.send(
                    jakarta.json.Json.createObjectBuilder().add("type", "ping").build());
            reader.next("pong");
        }
        // Nothing was lost: the slow agent resumes from its sequence numbers on a new connection.
        try (FrameSocket resumed = slow.openInbox()) {
            resumed.send(Frames.open(conversation, 2));
            List<JsonObject> messages = resumed.nextMessages(REPLIES);
            assertThat(Frames.seq(messages.get(0))).isEqualTo(3);
            assertThat(Frames.seq(messages.get(REPLIES - 1))).isEqualTo(REPLIES + 2L);
        }
    }
}

package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The heartbeat: a connection that stays silent longer than the idle timeout is closed; one that pings stays open.
 * The test servers run with a 30-second timeout ({@code PARLEY_WS_IDLE_TIMEOUT_SECONDS}, src/test/liberty).
 */
class HeartbeatIT {

    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(
            Long.getLong("parley.it.idleTimeoutSeconds", 90));

    @Test
    void a_silent_connection_is_closed_after_the_idle_timeout() {
        try (FrameSocket silent = FrameSocket.open("/ws/visitor", Optional.empty())) {
            silent.send(Frames.visitorHello());
            silent.next("ready");

            assertThat(silent.awaitClose(IDLE_TIMEOUT.minusSeconds(5))).as("closed before the timeout").isFalse();
            assertThat(silent.awaitClose(Duration.ofSeconds(20))).as("closed once the timeout passed").isTrue();
        }
    }

    @Test
    void a_connection_that_pings_stays_open_past_the_idle_timeout() {
        try (FrameSocket pinging = FrameSocket.open("/ws/visitor", Optional.empty())) {
            pinging.send(Frames.visitorHello());
            pinging.next("ready");
            Duration interval = IDLE_TIMEOUT.dividedBy(3);
            for (int i = 0; i < 4; i++) {
                assertThat(pinging.awaitClose(interval)).as("closed despite pings").isFalse();
                pinging.send(jakarta.json.Json.createObjectBuilder().add("type", "ping").build());
                pinging.next("pong");
            }
        }
    }
}

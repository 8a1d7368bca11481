package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.incontainer.OnArquillianServer;
import java.time.Duration;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The heartbeat: a connection that stays silent longer than the idle timeout is closed with 4010 {@code idle}; one
 * that pings stays open.
 * It runs against the in-container tests' server, whose idle timeout is a few seconds
 * ({@code it.arquillian.idleTimeoutSeconds} in server/pom.xml), so that it takes seconds rather than minutes; the
 * black-box servers keep the default, under which the browser tests' quiet connections stay open. It talks to Parley
 * from outside, as any client does ({@code parley.it.baseUrl} names the in-container tests' deployment).
 */
@OnArquillianServer
@RunAsClient
class HeartbeatIT {

    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(Long.getLong("parley.it.idleTimeoutSeconds", 90));

    @Test
    void a_silent_connection_is_closed_after_the_idle_timeout() {
        try (FrameSocket silent = FrameSocket.open("/ws/visitor", Optional.empty())) {
            silent.send(Frames.visitorHello());
            silent.next("ready");

            assertThat(silent.awaitClose(IDLE_TIMEOUT.minusSeconds(1)))
                    .as("closed before the timeout")
                    .isFalse();
            assertThat(silent.awaitClose(Duration.ofSeconds(10)))
                    .as("closed once the timeout passed")
                    .isTrue();
            assertThat(silent.closedWith()).isEqualTo("4010 idle");
        }
    }

    @Test
    void a_connection_that_pings_stays_open_past_the_idle_timeout() {
        try (FrameSocket pinging = FrameSocket.open("/ws/visitor", Optional.empty())) {
            pinging.send(Frames.visitorHello());
            pinging.next("ready");
            Duration interval = IDLE_TIMEOUT.dividedBy(3);
            // Twice the timeout in all, each wait well inside it.
            for (int i = 0; i < 6; i++) {
                assertThat(pinging.awaitClose(interval))
                        .as("closed despite pings")
                        .isFalse();
                pinging.send(jakarta.json.Json.createObjectBuilder()
                        .add("type", "ping")
                        .build());
                pinging.next("pong");
            }
        }
    }
}

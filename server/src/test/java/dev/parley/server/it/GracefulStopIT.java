package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Stopping the server gracefully ({@code server stop}) while clients keep sending: Parley closes the sockets it still
 * holds ({@code event=websocket_shutdown}), frames that arrive while the server stops are not handled, and nothing
 * fails in the log for want of the executor or the database that are going away; the clients find their connections
 * ended. The background workers are stopped before the database goes away ({@code event=workers_stopped}). The
 * server is started again afterwards.
 */
class GracefulStopIT {

    @org.junit.jupiter.api.BeforeAll
    static void serverReady() throws InterruptedException {
        GracefulStopIT.awaitReady();
    }

    /** The longest the application server's quiesce lets in-flight work run on when it stops (Liberty's default). */
    private static final Duration QUIESCE = Duration.ofSeconds(30);

    /**
     * What a log entry shows when something failed on the way down: a task or a frame that failed for want of what was
     * going away, or a stack trace (a tab before "at", raw in a plain log, escaped in a JSON one).
     */
    private static final List<String> FAILED_ON_THE_WAY_DOWN =
            List.of("websocket_task_failed", "websocket_frame_failed", "\tat ", "\\tat ");

    @Test
    void stopping_closes_every_socket_going_away_and_handles_no_frame_on_the_way_down() throws Exception {
        String command = EndToEndScripts.required("parley.it.serverCommand", "the command that stops the server");
        String server = EndToEndScripts.required("parley.it.serverName", "the Liberty server to stop");
        AgentSession admin = ParleyClient.signInAsAdmin();
        ParleyClient.StartedConversation started =
                ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("graceful stop"));
        ServerLogs.Mark mark = ServerLogs.mark();
        AtomicBoolean sending = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        String logged;
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty());
                FrameSocket inbox = admin.openInbox()) {
            visitor.send(Frames.visitorHello(started.token(), started.conversationId(), 0));
            visitor.next("ready");
            // The agent keeps opening the conversation: each open queries the database and queues work.
            Thread flood = new Thread(() -> {
                while (sending.get()) {
                    try {
                        inbox.send(Frames.open(started.conversationId(), 0));
                        sent.incrementAndGet();
                    } catch (AssertionError closed) {
                        return;
                    }
                }
            });
            flood.start();
            while (sent.get() < 200) {
                Thread.sleep(10);
            }

            run(command, "stop", server);

            sending.set(false);
            flood.join(TimeUnit.SECONDS.toMillis(20));
            // Under load a socket may be let go only at the end of Liberty's quiesce, which lasts up to 30 s.
            assertThat(visitor.awaitClose(QUIESCE)).isTrue();
            // A socket still open when the application stops is closed with 1001. Liberty's quiesce, which comes
            // first, may drop a socket's connection without a close frame, and so does the end of the process; its
            // client sees 1006. These only show that the clients are not left hanging: the log below is what shows the
            // stop was graceful. The agent's client is writing when its connection drops: Java's client reports that to
            // its listener as an error, after which the socket is closed for good (an I/O error of the connection,
            // "Broken pipe", "Connection reset", "closed input", or now and then an InternalError of its own when the
            // drop meets a write), or only to the write that meets it, never telling its listener (so a write is the
            // last word).
            assertThat(visitor.closedWith()).isIn("1001 going_away", "1006 ");
            assertThat(inbox.awaitGone(QUIESCE))
                    .as("the agent's client finds its connection ended")
                    .hasValueSatisfying(gone -> assertThat(gone)
                            .matches("1001 going_away|1006 |error: java\\.lang\\.InternalError.*"
                                    + "|(error|write failed): java\\.io\\.IOException: .+"));
            // Read before the start, which begins a new messages.log.
            logged = ServerLogs.messagesSince(mark);
        } finally {
            sending.set(false);
            run(command, "start", server);
            awaitReady();
        }
        assertThat(logged).contains("event=websocket_shutdown");
        assertThat(logged).containsPattern("event=workers_stopped workers=[1-9]");
        // Only the entries that show a failure, cut short, so that a failure here says what failed.
        assertThat(logged.lines()
                        .filter(entry -> FAILED_ON_THE_WAY_DOWN.stream().anyMatch(entry::contains))
                        .map(entry -> entry.length() > 4000 ? entry.substring(0, 4000) + "..." : entry)
                        .toList())
                .as("log entries showing a failure while the server stopped")
                .isEmpty();
    }

    private static void run(String command, String action, String server) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command, action, server)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS))
                .as("server %s finished", action)
                .isTrue();
        assertThat(process.exitValue()).as("server %s succeeded", action).isZero();
    }

    /** Waits until the server answers ready: the application may still be starting when the tests begin. */
    static void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = ParleyClient.get("/health/ready");
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // The server is still starting.
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The server was not ready within 600 s of its start");
    }
}

package dev.parley.server.it;

import static dev.parley.server.it.EndToEndScripts.required;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Agents' sessions live in the database: restarting the server signs nobody out. The cookie from before the restart
 * still answers, its CSRF token still works, and the inbox's WebSocket handshake is accepted again.
 */
class AgentSessionRestartIT {

    private static final Duration START_PATIENCE = Duration.ofMinutes(3);

    @Test
    void a_signed_in_agent_stays_signed_in_across_a_restart() throws Exception {
        AgentSession admin = ParleyClient.signInAsAdmin();
        AgentSession agent = TeamApi.addAndSignIn(admin, "restart-it-", "Rita Restart", "agent");
        try (FrameSocket inbox = agent.openInbox()) {
            restartServer();
            assertThat(inbox.awaitClose(FrameSocket.PATIENCE))
                    .as("the old connection went with the old server")
                    .isTrue();
        }

        HttpResponse<String> current = ParleyClient.get("/api/v1/agent/session", Optional.of(agent.cookie()));
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        assertThat(ParleyClient.json(current.body()).getString("id")).isEqualTo(agent.id());
        assertThat(ParleyClient.json(current.body()).getString("csrfToken")).isEqualTo(agent.csrfToken());
        HttpResponse<String> change = ParleyClient.send(
                "PATCH", "/api/v1/agents/me", "{\"locale\":\"en\"}", agent.cookie(), agent.csrfToken());
        assertThat(change.statusCode()).as(change.body()).isEqualTo(200);
        agent.openInbox().close();
        TeamApi.remove(admin, agent.id());
    }

    private static void restartServer() throws IOException, InterruptedException {
        String command = required("parley.it.serverCommand", "the command that stops and starts the Liberty server");
        String server = required("parley.it.serverName", "the Liberty server to restart");
        run(List.of(command, "stop", server));
        run(List.of(command, "start", server));
        long deadline = System.nanoTime() + START_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (ParleyClient.get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (java.io.UncheckedIOException notYet) {
                // The server is still starting.
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new AssertionError("Parley was not ready within " + START_PATIENCE + " of its restart");
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean done = process.waitFor(START_PATIENCE.toSeconds(), TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(done).as("%s finished: %s", command, output).isTrue();
        assertThat(process.exitValue()).as("%s: %s", command, output).isZero();
    }
}

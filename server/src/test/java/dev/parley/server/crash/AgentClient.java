package dev.parley.server.crash;

import dev.parley.server.crash.ChatSocket.LostConnection;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * An agent answering the visitors while they write: signs in, opens {@code /ws/agent}, and replies to the
 * conversations visitors have started, round robin, one reply at a time, until the visitors are done. After a lost
 * connection it signs in again (a restart may end its session), reconnects and sends the unacknowledged reply again
 * with the same client message id.
 */
final class AgentClient implements Runnable {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(ChatSocket.PATIENCE)
            .build();

    private final URI base;
    private final String email;
    private final String password;
    private final String runId;
    private final Ledger ledger;
    private final BooleanSupplier visitorsDone;
    private final Duration pause;
    private final long deadline;

    private volatile CompletableFuture<JsonObject> inbox = new CompletableFuture<>();
    private ChatSocket socket;
    private int replies;
    private volatile Throwable failure;

    AgentClient(
            URI base,
            String email,
            String password,
            String runId,
            Ledger ledger,
            BooleanSupplier visitorsDone,
            Duration pause,
            Duration patience) {
        this.base = base;
        this.email = email;
        this.password = password;
        this.runId = runId;
        this.ledger = ledger;
        this.visitorsDone = visitorsDone;
        this.pause = pause;
        this.deadline = System.nanoTime() + patience.toNanos();
    }

    @Override
    public void run() {
        try {
            int next = 0;
            while (!visitorsDone.getAsBoolean()) {
                List<String> conversations = ledger.conversations();
                if (conversations.isEmpty()) {
                    sleep(pause);
                    continue;
                }
                String conversationId = conversations.get(next++ % conversations.size());
                replies++;
                reply(conversationId, "a" + replies + "-" + runId, "Agent reply " + replies + " of run " + runId);
                sleep(pause);
            }
        } catch (RuntimeException | AssertionError failed) {
            failure = failed;
        } finally {
            if (socket != null) {
                socket.close();
            }
        }
    }

    int replies() {
        return replies;
    }

    Throwable failure() {
        return failure;
    }

    private void reply(String conversationId, String clientMessageId, String text) {
        while (true) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("agent: no ack for " + clientMessageId + " in time");
            }
            try {
                connectIfNeeded();
                long sentAt = System.nanoTime();
                JsonObject frame = socket.sendAndAwait(
                        clientMessageId,
                        Json.createObjectBuilder()
                                .add("type", "send")
                                .add("clientMessageId", clientMessageId)
                                .add("text", text)
                                .add("conversationId", conversationId)
                                .build());
                if ("error".equals(frame.getString("type"))) {
                    ledger.error("agent", frame.toString());
                    return;
                }
                ledger.acked(new Ledger.Ack(
                        "agent",
                        clientMessageId,
                        text,
                        frame.getString("conversationId"),
                        frame.getJsonNumber("seq").longValue(),
                        sentAt,
                        System.nanoTime()));
                return;
            } catch (LostConnection lost) {
                disconnect();
                sleep(Duration.ofMillis(250));
            }
        }
    }

    private void connectIfNeeded() {
        if (socket != null && !socket.ended().isDone()) {
            return;
        }
        disconnect();
        String cookie = signIn();
        inbox = new CompletableFuture<>();
        socket = ChatSocket.open(webSocket(), Optional.of(cookie), this::onFrame);
        socket.send(Json.createObjectBuilder().add("type", "hello").build());
        JsonObject answer = socket.await(inbox);
        if (!"inbox".equals(answer.getString("type"))) {
            throw new AssertionError("agent: hello refused: " + answer);
        }
    }

    /** Signs in and returns the {@code Cookie} header value of the session. */
    private String signIn() {
        String body = Json.createObjectBuilder()
                .add("email", email)
                .add("password", password)
                .build()
                .toString();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/agent/session"))
                .timeout(ChatSocket.PATIENCE)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException down) {
            throw new LostConnection("sign-in: " + down, down);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new LostConnection("interrupted", interrupted);
        }
        if (response.statusCode() != 200) {
            // Not started yet (404 while the application deploys, 503 while it is not ready): try again.
            throw new LostConnection("sign-in answered " + response.statusCode() + ": " + response.body(), null);
        }
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("PARLEY_SESSION="))
                .map(header -> header.split(";", 2)[0].trim())
                .findFirst()
                .orElseThrow(() -> new AssertionError("agent: the sign-in set no session cookie"));
    }

    private URI webSocket() {
        return URI.create(base.toString().replaceFirst("^http", "ws") + "/ws/agent");
    }

    private void onFrame(JsonObject frame) {
        switch (frame.getString("type", "")) {
            case "inbox" -> inbox.complete(frame);
            case "error" -> {
                if (!inbox.isDone()) {
                    inbox.complete(frame);
                } else {
                    ledger.error("agent", frame.toString());
                }
            }
            default -> {
                // tickets, messages, receipts and typing: the agent only replies
            }
        }
    }

    private void disconnect() {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new LostConnection("interrupted", interrupted);
        }
    }
}

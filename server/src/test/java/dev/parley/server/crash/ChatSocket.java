package dev.parley.server.crash;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One WebSocket connection of a crash-test client: every text frame the server sends (partial frames reassembled) is
 * handed to the owner as it arrives, on the connection's own thread, and the end of the connection (a close frame, or
 * the TCP connection lost when the server is killed) completes {@link #ended()}.
 */
final class ChatSocket implements AutoCloseable {

    /**
     * How long a handshake, a write or an answer may take before the connection counts as lost (generous: answers take
     * milliseconds, but seconds on a machine busy with other builds; the client then reconnects and resends).
     */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(PATIENCE)
            .build();

    private final Consumer<JsonObject> onFrame;
    private final Map<String, CompletableFuture<JsonObject>> answers = new ConcurrentHashMap<>();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<String> ended = new CompletableFuture<>();
    private volatile WebSocket socket;

    private ChatSocket(Consumer<JsonObject> onFrame) {
        this.onFrame = onFrame;
    }

    /**
     * Connects; throws {@link LostConnection} if the server does not answer the handshake (down, starting, or not
     * accepting the upgrade yet).
     */
    static ChatSocket open(URI uri, Optional<String> cookie, Consumer<JsonObject> onFrame) {
        ChatSocket client = new ChatSocket(onFrame);
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(PATIENCE);
        cookie.ifPresent(value -> builder.header("Cookie", value));
        try {
            client.socket =
                    builder.buildAsync(uri, client.new Listener()).get(PATIENCE.toMillis() * 2, TimeUnit.MILLISECONDS);
            return client;
        } catch (ExecutionException | TimeoutException failed) {
            throw new LostConnection("no handshake with " + uri + ": " + failed, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new LostConnection("interrupted", interrupted);
        }
    }

    /** Sends a frame; throws {@link LostConnection} if the connection is gone. */
    void send(JsonObject frame) {
        if (ended.isDone()) {
            throw new LostConnection("connection already ended: " + ended.getNow(""), null);
        }
        try {
            socket.sendText(frame.toString(), true).get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException failed) {
            throw new LostConnection("could not send: " + failed, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new LostConnection("interrupted", interrupted);
        }
    }

    /**
     * Sends a frame that carries a client message id and returns the server's answer to it: its {@code ack}, or an
     * {@code error} frame naming the id.
     */
    JsonObject sendAndAwait(String clientMessageId, JsonObject frame) {
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        answers.put(clientMessageId, answer);
        send(frame);
        return await(answer);
    }

    /** The answer, or {@link LostConnection} if the connection ends or stays silent first. */
    JsonObject await(CompletableFuture<JsonObject> answer) {
        try {
            CompletableFuture.anyOf(answer, ended).get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException lost) {
            throw new LostConnection("no answer: " + lost, lost);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new LostConnection("interrupted", interrupted);
        }
        if (!answer.isDone()) {
            throw new LostConnection("connection ended: " + ended.getNow(""), null);
        }
        return answer.join();
    }

    /** Completes with a description when the connection ends, for whatever reason. */
    CompletableFuture<String> ended() {
        return ended;
    }

    @Override
    public void close() {
        WebSocket open = socket;
        if (open != null) {
            if (!open.isOutputClosed() && !ended.isDone()) {
                try {
                    open.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(2, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException closingFailed) {
                    // The connection is dropped below either way.
                    ended.complete("close failed: " + closingFailed);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            open.abort();
        }
        ended.complete("closed by the client");
    }

    static JsonObject parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** The server is not reachable, or the connection ended under the client: reconnect and resume. */
    static final class LostConnection extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LostConnection(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final class Listener implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                JsonObject frame = parse(text);
                String type = frame.getString("type", "");
                // Only an ack or an error answers a send: the message frame of the same id may come first.
                CompletableFuture<JsonObject> waiting = "ack".equals(type) || "error".equals(type)
                        ? answers.remove(frame.getString("clientMessageId", ""))
                        : null;
                if (waiting != null) {
                    waiting.complete(frame);
                } else {
                    onFrame.accept(frame);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            ended.complete("closed " + statusCode + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            ended.complete("error: " + error);
        }
    }
}

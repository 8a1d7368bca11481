package dev.parley.server.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A WebSocket client for the tests. Every text frame the server sends (partial frames reassembled) is parsed and
 * queued; {@link #next} takes the first frame of a type, keeping the frames it passed over for later calls, so
 * that frames whose relative order the protocol leaves open (an {@code ack} and its {@code message}) can be awaited
 * in any order.
 */
final class FrameSocket implements AutoCloseable {

    /** How long a frame that should come may take. */
    static final Duration PATIENCE = Duration.ofSeconds(10);
    /** How long to listen before concluding that a frame that should not come did not. */
    static final Duration QUIET = Duration.ofSeconds(1);

    private final String path;
    private final BlockingQueue<JsonObject> incoming = new LinkedBlockingQueue<>();
    private final List<JsonObject> passedOver = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;
    private volatile String closedWith;
    private final CompletableFuture<String> closed = new CompletableFuture<>();

    private FrameSocket(String path) {
        this.path = path;
    }

    /** Connects from a client address of its own, failing the test if the handshake fails. */
    static FrameSocket open(String path, Optional<String> cookie) {
        return open(path, cookie, ParleyClient.newClientAddress());
    }

    /**
     * Connects as a client at {@code clientAddress} (named to the server in {@code X-Forwarded-For}, which it trusts
     * from loopback), failing the test if the handshake fails.
     */
    static FrameSocket open(String path, Optional<String> cookie, String clientAddress) {
        try {
            return connect(path, cookie, clientAddress).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            throw new AssertionError("Could not connect to " + path + ": " + failed.getCause(), failed.getCause());
        } catch (TimeoutException slow) {
            throw new AssertionError("The handshake of " + path + " took more than " + PATIENCE, slow);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** Starts the handshake; the future fails as {@link java.net.http.HttpClient}'s WebSocket builder fails. */
    static CompletableFuture<FrameSocket> connect(String path, Optional<String> cookie) {
        return connect(path, cookie, ParleyClient.newClientAddress());
    }

    /** Starts the handshake as a client at {@code clientAddress}; see {@link #open(String, Optional, String)}. */
    static CompletableFuture<FrameSocket> connect(String path, Optional<String> cookie, String clientAddress) {
        FrameSocket client = new FrameSocket(path);
        URI uri = ParleyClient.webSocketUri(path);
        WebSocket.Builder builder = ParleyClient.http()
                .newWebSocketBuilder()
                .connectTimeout(PATIENCE)
                .header(ParleyClient.FORWARDED_FOR, clientAddress);
        cookie.ifPresent(value -> builder.header("Cookie", value));
        return builder.buildAsync(uri, client.new Listener()).thenApply(socket -> {
            client.socket = socket;
            return client;
        });
    }

    /** Whether the server closes the connection within {@code patience}. */
    boolean awaitClose(Duration patience) {
        try {
            closed.get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillOpen) {
            return false;
        } catch (ExecutionException impossible) {
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /**
     * How the connection ended within {@code patience}, for a client that was writing when it was dropped: as its
     * listener heard it ({@link #closedWith()}), or else as a write finds it, {@code "write failed: "} and the
     * {@link IOException}. Java's WebSocket client leaves a failure met while writing to the write's future and does
     * not always tell its listener of it, so such a connection can be gone while the listener has heard nothing.
     */
    Optional<String> awaitGone(Duration patience) {
        if (awaitClose(patience)) {
            return Optional.ofNullable(closedWith);
        }
        // Over a connection whose peer is gone the first write may still leave; the peer's reset fails the next one.
        for (int probe = 0; probe < 3; probe++) {
            try {
                socket.sendText("{}", true).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException failed) {
                if (failed.getCause() instanceof IOException dropped) {
                    return Optional.of("write failed: " + dropped);
                }
                throw new AssertionError(
                        path + ": a write after the close failed otherwise; " + describeState(), failed);
            } catch (TimeoutException stuck) {
                return Optional.empty();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            if (awaitClose(Duration.ofMillis(200))) {
                return Optional.ofNullable(closedWith);
            }
        }
        return Optional.empty();
    }

    /**
     * How the server closed the connection within {@code patience}: its close code and reason, e.g. {@code "4001
     * signed_out"}; empty while it stays open.
     */
    Optional<String> closedWith(Duration patience) {
        return awaitClose(patience) ? Optional.ofNullable(closedWith) : Optional.empty();
    }

    /** How the server closed the connection ({@code "4008 too_many_connections"}), or {@code null} while open. */
    String closedWith() {
        return closedWith;
    }

    void send(JsonObject frame) {
        sendText(frame.toString());
    }

    /** Sends any text, JSON or not. */
    void sendText(String text) {
        try {
            socket.sendText(text, true).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException failed) {
            throw new AssertionError(path + ": could not send " + abbreviate(text) + "; " + describeState(), failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** The next frame of a type, waiting up to {@link #PATIENCE}. */
    JsonObject next(String type) {
        return next(type, frame -> true, PATIENCE);
    }

    JsonObject next(String type, Duration timeout) {
        return next(type, frame -> true, timeout);
    }

    JsonObject next(String type, Predicate<JsonObject> matching) {
        return next(type, matching, PATIENCE);
    }

    /**
     * The first frame of a type that matches, waiting up to {@code timeout}. Other frames are kept for later calls.
     * An {@code error} frame while waiting for anything else fails at once, since it answers what was just sent.
     */
    JsonObject next(String type, Predicate<JsonObject> matching, Duration timeout) {
        Predicate<JsonObject> wanted = frame -> type.equals(frame.getString("type", null)) && matching.test(frame);
        for (Iterator<JsonObject> held = passedOver.iterator(); held.hasNext(); ) {
            JsonObject frame = held.next();
            if (wanted.test(frame)) {
                held.remove();
                return frame;
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonObject frame = poll(deadline);
            if (frame == null) {
                throw new AssertionError(
                        path + ": no matching '" + type + "' frame within " + timeout + "; " + describeState());
            }
            if (wanted.test(frame)) {
                return frame;
            }
            if (!"error".equals(type) && "error".equals(frame.getString("type", null))) {
                throw new AssertionError(path + ": waiting for a '" + type + "' frame, the server refused: " + frame
                        + "; " + describeState());
            }
            passedOver.add(frame);
        }
    }

    /** The first frame of any of these types, waiting up to {@code timeout}; other frames are kept for later calls. */
    JsonObject nextOf(Set<String> types, Duration timeout) {
        for (Iterator<JsonObject> held = passedOver.iterator(); held.hasNext(); ) {
            JsonObject frame = held.next();
            if (types.contains(frame.getString("type", null))) {
                held.remove();
                return frame;
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonObject frame = poll(deadline);
            if (frame == null) {
                throw new AssertionError(
                        path + ": no frame of " + types + " within " + timeout + "; " + describeState());
            }
            if (types.contains(frame.getString("type", null))) {
                return frame;
            }
            passedOver.add(frame);
        }
    }

    /** The next {@code count} {@code message} frames, in the order they arrived. */
    List<JsonObject> nextMessages(int count) {
        List<JsonObject> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            messages.add(next("message"));
        }
        return messages;
    }

    /** Fails if a frame of the type that matches has come or comes within {@code quiet}. */
    void noFrameWithin(Duration quiet, String type, Predicate<JsonObject> matching) {
        Predicate<JsonObject> unwanted = frame -> type.equals(frame.getString("type", null)) && matching.test(frame);
        for (JsonObject frame : passedOver) {
            if (unwanted.test(frame)) {
                throw new AssertionError(path + ": expected no such '" + type + "' frame but got " + frame);
            }
        }
        long deadline = System.nanoTime() + quiet.toNanos();
        JsonObject frame;
        while ((frame = poll(deadline)) != null) {
            if (unwanted.test(frame)) {
                throw new AssertionError(path + ": expected no such '" + type + "' frame but got " + frame);
            }
            passedOver.add(frame);
        }
    }

    /** Fails if a frame of any of the types has come and not been taken, or comes within {@code quiet}. */
    void noFrameWithin(Duration quiet, Set<String> types) {
        Predicate<JsonObject> unwanted = frame -> types.contains(frame.getString("type", null));
        for (JsonObject frame : passedOver) {
            if (unwanted.test(frame)) {
                throw new AssertionError(path + ": expected no " + types + " frame but got " + frame);
            }
        }
        long deadline = System.nanoTime() + quiet.toNanos();
        JsonObject frame;
        while ((frame = poll(deadline)) != null) {
            if (unwanted.test(frame)) {
                throw new AssertionError(path + ": expected no " + types + " frame but got " + frame);
            }
            passedOver.add(frame);
        }
    }

    /** Fails if any frame at all has come and not been taken, or comes within {@code quiet}. */
    void noFrameWithin(Duration quiet) {
        if (!passedOver.isEmpty()) {
            throw new AssertionError(path + ": expected no more frames but got " + passedOver);
        }
        JsonObject frame = poll(System.nanoTime() + quiet.toNanos());
        if (frame != null) {
            throw new AssertionError(path + ": expected no frame within " + quiet + " but got " + frame);
        }
    }

    @Override
    public void close() {
        WebSocket open = socket;
        if (open != null && !open.isOutputClosed()) {
            try {
                open.sendClose(WebSocket.NORMAL_CLOSURE, "test done").get(2, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException closingFailed) {
                open.abort();
            } catch (InterruptedException interrupted) {
                open.abort();
                Thread.currentThread().interrupt();
            }
        }
        if (open != null) {
            open.abort();
        }
    }

    private JsonObject poll(long deadline) {
        try {
            long left = deadline - System.nanoTime();
            return left <= 0 ? incoming.poll() : incoming.poll(left, TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private String describeState() {
        return "frames received and not taken: " + passedOver
                + (closedWith == null ? "" : "; the connection was closed: " + closedWith);
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    private final class Listener implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                incoming.add(parse(text));
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closedWith = statusCode + " " + reason;
            closed.complete(closedWith);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closedWith = "error: " + error;
            closed.complete(closedWith);
        }

        private JsonObject parse(String text) {
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                return reader.readObject();
            } catch (RuntimeException notAnObject) {
                // Keep it, so that a test waiting for a frame shows what came instead.
                return Json.createObjectBuilder()
                        .add("type", "(not a JSON object)")
                        .add("text", text)
                        .build();
            }
        }
    }
}

package dev.parley.server.crash;

import dev.parley.server.crash.ChatSocket.LostConnection;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A visitor as the widget behaves: says hello (with their token, conversation and highest sequence number once they
 * have them), sends their messages one after another, and after a lost connection reconnects, resumes from the
 * highest sequence number delivered, and sends the unacknowledged message again with the same client message id.
 * Every {@code message} frame delivered to them, over every connection, is kept in arrival order.
 */
final class VisitorClient implements Runnable {

    private final int number;
    private final int messages;
    private final String runId;
    private final URI uri;
    private final Ledger ledger;
    private final long deadline;

    private final List<JsonObject> delivered = new ArrayList<>();
    private volatile CompletableFuture<JsonObject> ready = new CompletableFuture<>();
    private ChatSocket socket;
    private String token;
    private volatile String conversationId;
    private int connections;
    private volatile Throwable failure;

    VisitorClient(int number, int messages, String runId, URI uri, Ledger ledger, Duration patience) {
        this.number = number;
        this.messages = messages;
        this.runId = runId;
        this.uri = uri;
        this.ledger = ledger;
        this.deadline = System.nanoTime() + patience.toNanos();
    }

    @Override
    public void run() {
        try {
            for (int i = 1; i <= messages; i++) {
                String clientMessageId = "v" + number + "-" + i + "-" + runId;
                sendUntilAnswered(clientMessageId, "Visitor " + number + ", message " + i + " of run " + runId);
            }
        } catch (RuntimeException | AssertionError failed) {
            failure = failed;
            disconnect();
        }
    }

    /**
     * Stays connected (reconnecting and resuming if need be) until every message up to {@code lastSeq} has been
     * delivered, as a widget left open would, then hangs up: replies that came after the visitor's last ack arrive
     * here.
     */
    void catchUp(long lastSeq, Duration patience) {
        long until = System.nanoTime() + patience.toNanos();
        try {
            while (highestDeliveredSeq() < lastSeq && System.nanoTime() < until) {
                try {
                    connectIfNeeded();
                    Thread.sleep(50);
                } catch (LostConnection lost) {
                    disconnect();
                    pause();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } finally {
            disconnect();
        }
    }

    String token() {
        return token;
    }

    String conversationId() {
        return conversationId;
    }

    int connections() {
        return connections;
    }

    Throwable failure() {
        return failure;
    }

    /** Every {@code message} frame delivered to this visitor, in the order it arrived. */
    List<JsonObject> delivered() {
        synchronized (delivered) {
            return new ArrayList<>(delivered);
        }
    }

    private void sendUntilAnswered(String clientMessageId, String text) {
        while (true) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("visitor " + number + ": no ack for " + clientMessageId + " in time");
            }
            try {
                connectIfNeeded();
                JsonObjectBuilder send = Json.createObjectBuilder()
                        .add("type", "send")
                        .add("clientMessageId", clientMessageId)
                        .add("text", text);
                if (conversationId != null) {
                    send.add("conversationId", conversationId);
                }
                long sentAt = System.nanoTime();
                JsonObject frame = socket.sendAndAwait(clientMessageId, send.build());
                if ("error".equals(frame.getString("type"))) {
                    ledger.error("visitor " + number, frame.toString());
                    return;
                }
                conversationId = frame.getString("conversationId");
                ledger.acked(new Ledger.Ack(
                        "visitor",
                        clientMessageId,
                        text,
                        conversationId,
                        frame.getJsonNumber("seq").longValue(),
                        sentAt,
                        System.nanoTime()));
                return;
            } catch (LostConnection lost) {
                disconnect();
                pause();
            }
        }
    }

    private void connectIfNeeded() {
        if (socket != null && !socket.ended().isDone()) {
            return;
        }
        disconnect();
        ready = new CompletableFuture<>();
        socket = ChatSocket.open(uri, Optional.empty(), this::onFrame);
        connections++;
        JsonObjectBuilder hello = Json.createObjectBuilder().add("type", "hello");
        if (token != null) {
            hello.add("token", token);
        }
        if (conversationId != null) {
            hello.add("conversationId", conversationId).add("afterSeq", highestDeliveredSeq());
        }
        socket.send(hello.build());
        JsonObject answer = socket.await(ready);
        if (!"ready".equals(answer.getString("type"))) {
            throw new AssertionError("visitor " + number + ": hello refused: " + answer);
        }
        if (answer.containsKey("token")) {
            if (token != null) {
                ledger.error("visitor " + number, "the server forgot the token and issued a new one: " + answer);
            }
            token = answer.getString("token");
        }
        if (answer.containsKey("conversation") && !answer.isNull("conversation")) {
            String following = answer.getJsonObject("conversation").getString("id");
            if (conversationId != null && !conversationId.equals(following)) {
                ledger.error("visitor " + number, "the server follows another conversation: " + answer);
            }
            conversationId = following;
        } else if (conversationId != null) {
            ledger.error("visitor " + number, "the server forgot the conversation " + conversationId);
            conversationId = null;
        }
    }

    private long highestDeliveredSeq() {
        synchronized (delivered) {
            return delivered.stream()
                    .filter(frame -> frame.getString("conversationId").equals(conversationId))
                    .mapToLong(frame -> frame.getJsonNumber("seq").longValue())
                    .max()
                    .orElse(0);
        }
    }

    private void onFrame(JsonObject frame) {
        switch (frame.getString("type", "")) {
            case "ready" -> ready.complete(frame);
            case "message" -> {
                synchronized (delivered) {
                    delivered.add(frame);
                }
            }
            case "error" -> {
                if (!ready.isDone()) {
                    ready.complete(frame);
                } else {
                    ledger.error("visitor " + number, frame.toString());
                }
            }
            default -> {
                // receipts, typing, tickets and settings news are not what this test follows
            }
        }
    }

    private void disconnect() {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new LostConnection("interrupted", interrupted);
        }
    }
}

package dev.parley.server.crash;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the server told the crash test's clients: every {@code ack} (the server's promise that the message is
 * committed), when it came relative to the kill, and every {@code error} frame. Shared by the clients' threads.
 */
final class Ledger {

    /**
     * One acknowledged message.
     *
     * @param author {@code visitor} or {@code agent}
     * @param clientMessageId the id the client chose
     * @param text the text the client sent
     * @param conversationId the conversation the ack names
     * @param seq the sequence number the ack names
     * @param sentAt {@link System#nanoTime()} when the client last sent the message
     * @param receivedAt {@link System#nanoTime()} when the client received the ack
     */
    record Ack(
            String author,
            String clientMessageId,
            String text,
            String conversationId,
            long seq,
            long sentAt,
            long receivedAt) {}

    private final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
    private final List<String> conversations = new CopyOnWriteArrayList<>();
    private final Queue<String> errors = new ConcurrentLinkedQueue<>();
    private volatile long killedAt = Long.MAX_VALUE;

    void acked(Ack ack) {
        acks.add(ack);
        if ("visitor".equals(ack.author()) && !conversations.contains(ack.conversationId())) {
            conversations.add(ack.conversationId());
        }
    }

    void error(String who, String frame) {
        errors.add(who + ": " + frame);
    }

    /** Conversations visitors have written in, in the order they were first acknowledged. */
    List<String> conversations() {
        return conversations;
    }

    int ackCount() {
        return acks.size();
    }

    List<Ack> acks() {
        return new ArrayList<>(acks);
    }

    List<String> errors() {
        return new ArrayList<>(errors);
    }

    void killedNow() {
        killedAt = System.nanoTime();
    }

    long killedAt() {
        return killedAt;
    }

    /** Acks received before the kill. */
    List<Ack> acksBeforeKill() {
        return acks().stream().filter(ack -> ack.receivedAt() < killedAt).toList();
    }

    /**
     * The round trips (send to ack) of the acks before the kill, in milliseconds, and the acks per second from the
     * first send to the kill: what the load saw while the server ran.
     */
    String roundTrips() {
        List<Ack> before = acksBeforeKill();
        if (before.isEmpty()) {
            return "no acks before the kill";
        }
        double[] millis = before.stream()
                .mapToDouble(ack -> (ack.receivedAt() - ack.sentAt()) / 1e6)
                .sorted()
                .toArray();
        long first = before.stream().mapToLong(Ack::sentAt).min().orElseThrow();
        double seconds = (killedAt - first) / 1e9;
        return String.format(
                Locale.ROOT,
                "round trip before the kill: median %.1f ms, p95 %.1f ms, %.0f acks/s",
                millis[millis.length / 2],
                millis[(int) (millis.length * 0.95)],
                before.size() / seconds);
    }

    /** Acks received in the {@code millis} before the kill: those a write delay of that length would lose. */
    List<Ack> acksWithinBeforeKill(long millis) {
        long from = killedAt - millis * 1_000_000L;
        return acks().stream()
                .filter(ack -> ack.receivedAt() >= from && ack.receivedAt() < killedAt)
                .toList();
    }
}

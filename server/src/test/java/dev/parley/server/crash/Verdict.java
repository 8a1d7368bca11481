package dev.parley.server.crash;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comparison after the crash: what the clients were acknowledged and delivered against what the server stores
 * once it has been restarted.
 *
 * @param acked acknowledged messages
 * @param lost acknowledged messages the server no longer has
 * @param duplicated acknowledged messages stored more than once
 * @param wrongContent acknowledged messages stored with another text
 * @param renumbered acknowledged messages stored under another sequence number than their ack named
 * @param storedOutOfOrder stored threads whose sequence numbers are not 1, 2, 3, … in order
 * @param deliveredTwice message frames a visitor received a second time
 * @param deliveredOutOfOrder message frames a visitor received after one with a higher sequence number
 * @param notDelivered stored messages a visitor never received
 * @param reissued message frames a visitor received whose sequence number now holds another message (or none)
 * @param problems one line per finding, for the failure message
 */
record Verdict(
        int acked,
        int lost,
        int duplicated,
        int wrongContent,
        int renumbered,
        int storedOutOfOrder,
        int deliveredTwice,
        int deliveredOutOfOrder,
        int notDelivered,
        int reissued,
        List<String> problems) {

    /**
     * What one visitor ends with.
     *
     * @param name for messages
     * @param conversationId the conversation the visitor follows at the end
     * @param delivered every {@code message} frame the visitor received, over every connection, in arrival order
     * @param stored the conversation as the restarted server reads it from the database, in the order it sends it
     */
    record Outcome(String name, String conversationId, List<JsonObject> delivered, List<JsonObject> stored) {}

    static Verdict of(List<Ledger.Ack> acks, List<Outcome> outcomes) {
        List<String> problems = new ArrayList<>();
        Map<String, List<JsonObject>> threads = new HashMap<>();
        int storedOutOfOrder = 0;
        for (Outcome outcome : outcomes) {
            threads.put(outcome.conversationId(), outcome.stored());
            for (int i = 0; i < outcome.stored().size(); i++) {
                if (seq(outcome.stored().get(i)) != i + 1) {
                    storedOutOfOrder++;
                    problems.add(outcome.name() + ": stored thread is not numbered 1, 2, 3, …: "
                            + outcome.stored().stream().map(Verdict::seq).toList());
                    break;
                }
            }
        }

        int lost = 0;
        int duplicated = 0;
        int wrongContent = 0;
        int renumbered = 0;
        for (Ledger.Ack ack : acks) {
            List<JsonObject> matches = threads.getOrDefault(ack.conversationId(), List.of()).stream()
                    .filter(message -> ack.clientMessageId().equals(message.getString("clientMessageId", null))
                            && ack.author().equals(message.getString("author", null)))
                    .toList();
            if (matches.isEmpty()) {
                lost++;
                problems.add("lost: " + ack);
            } else if (matches.size() > 1) {
                duplicated++;
                problems.add("stored " + matches.size() + " times: " + ack);
            } else {
                JsonObject stored = matches.get(0);
                if (!ack.text().equals(stored.getString("text", null))) {
                    wrongContent++;
                    problems.add("stored with another text: " + ack + " as " + stored);
                }
                if (seq(stored) != ack.seq()) {
                    renumbered++;
                    problems.add("stored under another number: " + ack + " as " + stored);
                }
            }
        }

        int deliveredTwice = 0;
        int deliveredOutOfOrder = 0;
        int notDelivered = 0;
        int reissued = 0;
        for (Outcome outcome : outcomes) {
            Map<Long, JsonObject> storedBySeq = new HashMap<>();
            outcome.stored().forEach(message -> storedBySeq.put(seq(message), message));
            Set<Long> seen = new HashSet<>();
            long highest = 0;
            for (JsonObject frame : outcome.delivered()) {
                if (!outcome.conversationId().equals(frame.getString("conversationId"))) {
                    continue;
                }
                long seq = seq(frame);
                if (!seen.add(seq)) {
                    deliveredTwice++;
                    problems.add(outcome.name() + ": received seq " + seq + " twice");
                } else if (seq < highest) {
                    deliveredOutOfOrder++;
                    problems.add(outcome.name() + ": received seq " + seq + " after seq " + highest);
                }
                highest = Math.max(highest, seq);
                JsonObject stored = storedBySeq.get(seq);
                if (stored == null || !same(frame, stored)) {
                    reissued++;
                    problems.add(outcome.name() + ": received " + frame + " but seq " + seq + " now holds " + stored);
                }
            }
            for (Long seq : storedBySeq.keySet()) {
                if (!seen.contains(seq)) {
                    notDelivered++;
                    problems.add(outcome.name() + ": never received stored " + storedBySeq.get(seq));
                }
            }
        }
        return new Verdict(
                acks.size(),
                lost,
                duplicated,
                wrongContent,
                renumbered,
                storedOutOfOrder,
                deliveredTwice,
                deliveredOutOfOrder,
                notDelivered,
                reissued,
                List.copyOf(problems));
    }

    /** Whether the verdict found nothing wrong. */
    boolean clean() {
        return problems.isEmpty();
    }

    String summary() {
        return "acked=" + acked + " lost=" + lost + " duplicated=" + duplicated + " wrongContent=" + wrongContent
                + " renumbered=" + renumbered + " storedOutOfOrder=" + storedOutOfOrder + " deliveredTwice="
                + deliveredTwice + " deliveredOutOfOrder=" + deliveredOutOfOrder + " notDelivered=" + notDelivered
                + " reissued=" + reissued;
    }

    private static boolean same(JsonObject delivered, JsonObject stored) {
        return delivered.getString("clientMessageId", "").equals(stored.getString("clientMessageId", ""))
                && delivered.getString("author", "").equals(stored.getString("author", ""))
                && delivered.getString("text", "").equals(stored.getString("text", ""));
    }

    private static long seq(JsonObject message) {
        return message.getJsonNumber("seq").longValue();
    }
}

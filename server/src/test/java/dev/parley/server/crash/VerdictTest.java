package dev.parley.server.crash;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The crash test's comparison finds each way a crash can break the promise of an ack, and nothing when none did. */
class VerdictTest {

    private static final String CONVERSATION = "c1";

    @Test
    void a_thread_stored_and_delivered_as_acknowledged_is_clean() {
        List<JsonObject> thread = List.of(system(1), visitor(2, "v-1", "one"), agent(3, "a-1", "hi"));

        Verdict verdict = Verdict.of(
                List.of(ack("visitor", "v-1", "one", 2), ack("agent", "a-1", "hi", 3)),
                List.of(new Verdict.Outcome("visitor 1", CONVERSATION, thread, thread)));

        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.clean()).isTrue();
        assertThat(verdict.acked()).isEqualTo(2);
    }

    @Test
    void an_acknowledged_message_the_server_forgot_and_whose_number_it_issued_again_is_lost_and_reissued() {
        List<JsonObject> delivered = List.of(system(1), visitor(2, "v-1", "one"), visitor(3, "v-2", "two"));
        // After the crash the server has lost v-2 and gave seq 3 to the next message, v-3.
        List<JsonObject> stored = List.of(system(1), visitor(2, "v-1", "one"), visitor(3, "v-3", "three"));

        Verdict verdict = Verdict.of(
                List.of(
                        ack("visitor", "v-1", "one", 2),
                        ack("visitor", "v-2", "two", 3),
                        ack("visitor", "v-3", "three", 3)),
                List.of(new Verdict.Outcome("visitor 1", CONVERSATION, delivered, stored)));

        assertThat(verdict.lost()).isEqualTo(1);
        assertThat(verdict.reissued())
                .as("the client holds seq 3 as v-2; the server has v-3 there, which the client never gets")
                .isEqualTo(1);
        assertThat(verdict.clean()).isFalse();
    }

    @Test
    void a_message_stored_twice_with_other_text_or_number_is_found() {
        List<JsonObject> stored =
                List.of(system(1), visitor(2, "v-1", "one"), visitor(3, "v-1", "one"), visitor(4, "v-2", "changed"));

        Verdict verdict = Verdict.of(
                List.of(ack("visitor", "v-1", "one", 2), ack("visitor", "v-2", "two", 5)),
                List.of(new Verdict.Outcome("visitor 1", CONVERSATION, stored, stored)));

        assertThat(verdict.duplicated()).isEqualTo(1);
        assertThat(verdict.wrongContent()).isEqualTo(1);
        assertThat(verdict.renumbered()).isEqualTo(1);
        assertThat(verdict.lost()).isZero();
    }

    @Test
    void deliveries_twice_out_of_order_or_missing_and_a_thread_with_a_gap_are_found() {
        List<JsonObject> stored = List.of(system(1), visitor(2, "v-1", "one"), visitor(3, "v-2", "two"));
        List<JsonObject> delivered = List.of(system(1), visitor(3, "v-2", "two"), visitor(2, "v-1", "one"), system(1));

        Verdict outOfOrder =
                Verdict.of(List.of(), List.of(new Verdict.Outcome("visitor 1", CONVERSATION, delivered, stored)));
        Verdict missing = Verdict.of(
                List.of(), List.of(new Verdict.Outcome("visitor 1", CONVERSATION, List.of(system(1)), stored)));
        Verdict gap = Verdict.of(
                List.of(),
                List.of(new Verdict.Outcome(
                        "visitor 1", CONVERSATION, List.of(), List.of(system(1), visitor(3, "v-2", "two")))));

        assertThat(outOfOrder.deliveredTwice()).isEqualTo(1);
        assertThat(outOfOrder.deliveredOutOfOrder()).isEqualTo(1);
        assertThat(outOfOrder.notDelivered()).isZero();
        assertThat(missing.notDelivered()).isEqualTo(2);
        assertThat(gap.storedOutOfOrder()).isEqualTo(1);
    }

    private static Ledger.Ack ack(String author, String clientMessageId, String text, long seq) {
        return new Ledger.Ack(author, clientMessageId, text, CONVERSATION, seq, 0, 0);
    }

    private static JsonObject system(long seq) {
        return Json.createObjectBuilder()
                .add("type", "message")
                .add("conversationId", CONVERSATION)
                .add("seq", seq)
                .add("author", "system")
                .add("text", "Welcome")
                .build();
    }

    private static JsonObject visitor(long seq, String clientMessageId, String text) {
        return message(seq, "visitor", clientMessageId, text);
    }

    private static JsonObject agent(long seq, String clientMessageId, String text) {
        return message(seq, "agent", clientMessageId, text);
    }

    private static JsonObject message(long seq, String author, String clientMessageId, String text) {
        return Json.createObjectBuilder()
                .add("type", "message")
                .add("conversationId", CONVERSATION)
                .add("seq", seq)
                .add("clientMessageId", clientMessageId)
                .add("author", author)
                .add("text", text)
                .build();
    }
}

package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Two first messages of one visitor at once (two tabs, a double click) start one conversation, not two. */
class ConcurrentStartIT {

    @Test
    void two_first_messages_at_once_land_in_one_conversation() {
        String token;
        try (FrameSocket first = FrameSocket.open("/ws/visitor", Optional.empty())) {
            first.send(Frames.visitorHello());
            token = first.next("ready").getString("token");
        }
        for (int round = 0; round < 5; round++) {
            try (FrameSocket tabA = FrameSocket.open("/ws/visitor", Optional.empty());
                    FrameSocket tabB = FrameSocket.open("/ws/visitor", Optional.empty())) {
                JsonObject hello = Json.createObjectBuilder()
                        .add("type", "hello")
                        .add("token", token)
                        .build();
                tabA.send(hello);
                tabB.send(hello);
                tabA.next("ready");
                tabB.next("ready");

                tabA.send(Frames.send(Frames.newClientMessageId(), "From tab A, round " + round));
                tabB.send(Frames.send(Frames.newClientMessageId(), "From tab B, round " + round));
                JsonObject ackA = tabA.next("ack");
                JsonObject ackB = tabB.next("ack");

                assertThat(ackA.getString("conversationId")).isEqualTo(ackB.getString("conversationId"));
                assertThat(List.of(Frames.seq(ackA), Frames.seq(ackB))).doesNotHaveDuplicates();
                List<JsonObject> thread = ParleyClient.threadAsVisitor(token, ackA.getString("conversationId"));
                assertThat(Frames.seqs(thread)).doesNotHaveDuplicates().isSorted();
                assertThat(Frames.texts(thread)).contains("From tab A, round " + round, "From tab B, round " + round);
            }
        }
    }
}

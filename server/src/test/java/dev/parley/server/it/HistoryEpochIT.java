package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import dev.parley.server.it.ParleyClient.StartedConversation;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The history epoch over real sockets: a client whose history is not the server's (another epoch, or sequence
 * numbers the conversation has not reached) is told to reload, and gets the whole conversation instead of nothing.
 */
class HistoryEpochIT {

    private static JsonObject ready(JsonObject hello, FrameSocket visitor) {
        visitor.send(hello);
        JsonObject ready = visitor.next("ready");
        assertThat(ready.getString("epoch")).matches("[A-Za-z0-9_-]{1,64}");
        return ready;
    }

    private static String epoch(StartedConversation started) {
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello(started.token(), started.conversationId(), 2));
            return visitor.next("ready").getString("epoch");
        }
    }

    @Test
    void a_visitor_in_this_epoch_resumes_after_what_it_holds_even_at_the_last_message() {
        StartedConversation started =
                ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("Epoch, same"));
        String epoch = epoch(started);

        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            JsonObject ready = ready(Frames.visitorHello(started.token(), started.conversationId(), 2, epoch), visitor);

            assertThat(ready.getString("epoch")).isEqualTo(epoch);
            assertThat(Frames.absentOrNull(ready, "reset"))
                    .as("no reset: %s", ready)
                    .isTrue();
            visitor.noFrameWithin(FrameSocket.QUIET, Set.of("message"));
        }
    }

    @Test
    void a_visitor_holding_more_than_the_conversation_has_is_told_to_reload_and_gets_it_all() {
        StartedConversation started =
                ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("Epoch, beyond"));
        String epoch = epoch(started);

        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            JsonObject ready = ready(Frames.visitorHello(started.token(), started.conversationId(), 3, epoch), visitor);

            assertThat(ready.getBoolean("reset")).isTrue();
            assertThat(ready.getJsonObject("conversation")
                            .getJsonNumber("lastSeq")
                            .longValue())
                    .isEqualTo(2);
            List<JsonObject> reloaded = visitor.nextMessages(2);
            assertThat(Frames.seqs(reloaded)).containsExactly(1L, 2L);
            assertThat(Frames.texts(reloaded).get(1))
                    .isEqualTo(started.thread().get(1).getString("text"));
            visitor.noFrameWithin(FrameSocket.QUIET, Set.of("message"));
        }
    }

    @Test
    void a_visitor_of_another_epoch_is_told_to_reload_even_with_a_sequence_number_that_looks_right() {
        StartedConversation started =
                ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("Epoch, stale"));
        String epoch = epoch(started);

        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            JsonObject ready =
                    ready(Frames.visitorHello(started.token(), started.conversationId(), 1, "stale-epoch"), visitor);

            assertThat(ready.getBoolean("reset")).isTrue();
            assertThat(ready.getString("epoch"))
                    .as("the client learns the epoch now")
                    .isEqualTo(epoch);
            assertThat(Frames.seqs(visitor.nextMessages(2))).containsExactly(1L, 2L);
            visitor.noFrameWithin(FrameSocket.QUIET, Set.of("message"));
        }
    }

    @Test
    void a_malformed_epoch_is_refused_and_the_connection_stays_not_ready() {
        StartedConversation started =
                ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("Epoch, malformed"));

        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello(started.token(), started.conversationId(), 2, "not an epoch!"));
            assertThat(visitor.next("error").getString("code")).isEqualTo("malformed_frame");
            visitor.send(Frames.visitorHello(started.token(), started.conversationId(), 2));
            assertThat(visitor.next("ready").getString("epoch")).isNotBlank();
        }
    }

    @Test
    void an_agent_opening_a_thread_is_told_the_epoch_and_to_reload_when_its_history_is_not_the_servers() {
        StartedConversation started =
                ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("Epoch, agent"));
        String conversation = started.conversationId();
        AgentSession admin = ParleyClient.signInAsAdmin();
        try (FrameSocket agent = FrameSocket.open("/ws/agent", Optional.of(admin.cookie()))) {
            agent.send(Frames.agentHello());
            agent.next("inbox");

            agent.send(Frames.open(conversation, 1));
            JsonObject opened = agent.next("opened", Frames.aboutConversation(conversation));
            String epoch = opened.getString("epoch");
            assertThat(Frames.absentOrNull(opened, "reset")).isTrue();
            assertThat(Frames.seqs(List.of(agent.next("message", Frames.aboutConversation(conversation)))))
                    .containsExactly(2L);

            agent.send(Frames.open(conversation, 5, epoch));
            assertThat(agent.next("opened", Frames.aboutConversation(conversation))
                            .getBoolean("reset"))
                    .as("beyond the last message")
                    .isTrue();
            assertThat(Frames.seqs(List.of(
                            agent.next("message", Frames.aboutConversation(conversation)),
                            agent.next("message", Frames.aboutConversation(conversation)))))
                    .containsExactly(1L, 2L);

            agent.send(Frames.open(conversation, 2, "stale-epoch"));
            JsonObject reopened = agent.next("opened", Frames.aboutConversation(conversation));
            assertThat(reopened.getBoolean("reset")).as("another epoch").isTrue();
            assertThat(reopened.getString("epoch")).isEqualTo(epoch);
            assertThat(Frames.seqs(List.of(
                            agent.next("message", Frames.aboutConversation(conversation)),
                            agent.next("message", Frames.aboutConversation(conversation)))))
                    .containsExactly(1L, 2L);
            agent.noFrameWithin(FrameSocket.QUIET, "message", Frames.aboutConversation(conversation));
        }
    }
}

package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import dev.parley.server.it.ParleyClient.StartedConversation;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Client message ids are unique per sender: an agent reusing the visitor's id writes a message of their own. */
class ClientMessageIdsIT {

    @Test
    void an_agent_reusing_the_visitors_id_is_stored_and_acknowledged_as_its_own_and_a_true_retry_stores_nothing() {
        String clientId = Frames.newClientMessageId();
        String text = Frames.uniqueText("Same id, same words");
        StartedConversation started = ParleyClient.startConversation(clientId, text);
        String conversation = started.conversationId();
        AgentSession admin = ParleyClient.signInAsAdmin();

        try (FrameSocket agent = FrameSocket.open("/ws/agent", Optional.of(admin.cookie()))) {
            agent.send(Frames.agentHello());
            agent.next("inbox");
            agent.send(Frames.send(clientId, text, conversation));
            JsonObject ack = agent.next("ack");

            assertThat(ack.getString("clientMessageId")).isEqualTo(clientId);
            assertThat(ack.getJsonNumber("seq").longValue())
                    .as("the agent's own message, not the visitor's ack (seq 2)")
                    .isEqualTo(3);

            agent.send(Frames.send(clientId, text, conversation));
            JsonObject retried = agent.next("ack");
            assertThat(retried.getJsonNumber("seq").longValue())
                    .as("the same agent's retry")
                    .isEqualTo(3);
        }

        List<JsonObject> thread = ParleyClient.threadAsVisitor(started.token(), conversation);
        assertThat(Frames.seqs(thread)).containsExactly(1L, 2L, 3L);
        assertThat(thread.get(1).getString("author")).isEqualTo("visitor");
        assertThat(thread.get(2).getString("author")).isEqualTo("agent");
        assertThat(thread.get(2).getString("text")).isEqualTo(text);
        assertThat(thread.get(2).getString("clientMessageId")).isEqualTo(clientId);
    }

    @Test
    void the_visitor_retrying_its_own_id_still_gets_its_own_ack_after_an_agent_used_it() {
        String clientId = Frames.newClientMessageId();
        String text = Frames.uniqueText("Retry after the agent");
        StartedConversation started = ParleyClient.startConversation(clientId, text);
        AgentSession admin = ParleyClient.signInAsAdmin();
        try (FrameSocket agent = FrameSocket.open("/ws/agent", Optional.of(admin.cookie()))) {
            agent.send(Frames.agentHello());
            agent.next("inbox");
            agent.send(Frames.send(clientId, "An answer", started.conversationId()));
            agent.next("ack");
        }

        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello(started.token(), started.conversationId(), 3));
            visitor.next("ready");
            visitor.send(Frames.send(clientId, text, started.conversationId()));
            assertThat(visitor.next("ack").getJsonNumber("seq").longValue()).isEqualTo(2);
        }
        assertThat(ParleyClient.threadAsVisitor(started.token(), started.conversationId()))
                .hasSize(3);
    }
}

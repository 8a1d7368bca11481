package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import dev.parley.server.it.ParleyClient.StartedConversation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Read receipts: each side learns how far the other has seen the conversation. */
class ReadReceiptsIT {

    @Test
    void the_visitor_learns_when_an_agent_has_seen_their_messages_and_the_agent_when_the_visitor_has() {
        StartedConversation started =
                ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("Is this in stock?"));
        AgentSession admin = ParleyClient.signInAsAdmin();

        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty());
                FrameSocket agent = FrameSocket.open("/ws/agent", Optional.of(admin.cookie()))) {
            visitor.send(Frames.visitorHello(started.token(), started.conversationId(), 2));
            visitor.next("ready");
            JsonObject before = visitor.next("receipt");
            assertThat(before.getJsonNumber("agentSeenSeq").longValue()).isZero();

            agent.send(Frames.agentHello());
            agent.next("inbox");
            agent.send(Frames.open(started.conversationId(), 0));
            agent.nextMessages(2);

            JsonObject seenByAgent = visitor.next(
                    "receipt", frame -> frame.getJsonNumber("agentSeenSeq").longValue() == 2);
            assertThat(seenByAgent.getString("conversationId")).isEqualTo(started.conversationId());

            visitor.send(Json.createObjectBuilder()
                    .add("type", "seen")
                    .add("conversationId", started.conversationId())
                    .add("seq", 2)
                    .build());
            JsonObject seenByVisitor = agent.next(
                    "receipt", frame -> frame.getJsonNumber("visitorSeenSeq").longValue() == 2);
            assertThat(seenByVisitor.getJsonNumber("agentSeenSeq").longValue()).isEqualTo(2);
        }
    }

    @Test
    void a_receipt_for_another_visitors_conversation_is_refused_and_changes_nothing() {
        StartedConversation theirs =
                ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("Mine"));
        StartedConversation mine =
                ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("Also mine"));

        try (FrameSocket intruder = FrameSocket.open("/ws/visitor", Optional.empty())) {
            intruder.send(Frames.visitorHello(mine.token(), mine.conversationId(), 2));
            intruder.next("ready");
            intruder.send(Json.createObjectBuilder()
                    .add("type", "seen")
                    .add("conversationId", theirs.conversationId())
                    .add("seq", 2)
                    .build());
            assertThat(intruder.next("error").getString("code")).isEqualTo("conversation_not_found");
        }
        try (FrameSocket owner = FrameSocket.open("/ws/visitor", Optional.empty())) {
            owner.send(Frames.visitorHello(theirs.token(), theirs.conversationId(), 2));
            owner.next("ready");
            assertThat(owner.next("receipt").getJsonNumber("visitorSeenSeq").longValue())
                    .isZero();
        }
    }
}

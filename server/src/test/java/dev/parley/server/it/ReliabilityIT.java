package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import dev.parley.server.it.ParleyClient.StartedConversation;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Nothing lost, nothing doubled, nothing reordered, and text stays text. */
class ReliabilityIT {

    private static final int GAP = 250;

    @Test
    void a_gap_longer_than_one_page_is_caught_up_in_order_without_duplicates() {
        StartedConversation started =
                ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("Tell me everything"));
        AgentSession admin = ParleyClient.signInAsAdmin();
        try (FrameSocket agent = FrameSocket.open("/ws/agent", Optional.of(admin.cookie()))) {
            agent.send(Frames.agentHello());
            agent.next("inbox");
            for (int i = 1; i <= GAP; i++) {
                agent.send(Frames.send(
                        "gap-" + i + "-" + started.conversationId().substring(0, 8),
                        "Part " + i,
                        started.conversationId()));
            }
            for (int i = 1; i <= GAP; i++) {
                agent.next("ack");
            }
        }

        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello(started.token(), started.conversationId(), 2));
            assertThat(visitor.next("ready")
                            .getJsonObject("conversation")
                            .getJsonNumber("lastSeq")
                            .longValue())
                    .isEqualTo(2 + GAP);
            List<JsonObject> caughtUp = visitor.nextMessages(GAP);

            assertThat(Frames.seqs(caughtUp))
                    .containsExactlyElementsOf(
                            LongStream.rangeClosed(3, 2 + GAP).boxed().toList());
            assertThat(caughtUp.get(GAP - 1).getString("text")).isEqualTo("Part " + GAP);
            visitor.noFrameWithin(FrameSocket.QUIET, java.util.Set.of("message"));
        }
    }

    @Test
    void markup_in_a_message_is_stored_and_returned_as_the_same_text() throws Exception {
        String markup = "<script>alert(1)</script><img src=x onerror=alert(2)> & \"quotes\" " + Frames.uniqueText("");
        StartedConversation started = ParleyClient.startConversation(Frames.newClientMessageId(), markup);
        assertThat(started.thread().get(1).getString("text")).isEqualTo(markup.strip());

        AgentSession admin = ParleyClient.signInAsAdmin();
        HttpResponse<String> list = ParleyClient.http()
                .send(
                        HttpRequest.newBuilder(ParleyClient.uri("/api/v1/tickets?q="
                                        + URLEncoder.encode(markup.strip(), StandardCharsets.UTF_8)))
                                .header("Cookie", admin.cookie())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        JsonObject ticket = json(list.body()).getJsonArray("tickets").getJsonObject(0);
        HttpResponse<String> detail = ParleyClient.http()
                .send(
                        HttpRequest.newBuilder(ParleyClient.uri("/api/v1/tickets/" + ticket.getString("id")))
                                .header("Cookie", admin.cookie())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(ParleyClient.contentType(detail)).startsWith("application/json");
        List<String> texts = new ArrayList<>();
        json(detail.body())
                .getJsonArray("messages")
                .forEach(m -> texts.add(m.asJsonObject().getString("text")));
        assertThat(texts).contains(markup.strip());
        assertThat(ticket.getJsonObject("lastMessage").getString("text")).isEqualTo(markup.strip());
    }
}

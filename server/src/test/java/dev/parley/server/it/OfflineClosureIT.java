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
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A conversation closed while its visitor was away: on their return they learn it, and cannot post to it. */
class OfflineClosureIT {

    @Test
    void a_returning_visitor_learns_the_conversation_was_closed_and_cannot_post() throws Exception {
        String text = Frames.uniqueText("Back later");
        StartedConversation started = ParleyClient.startConversation(Frames.newClientMessageId(), text);
        AgentSession admin = ParleyClient.signInAsAdmin();
        HttpResponse<String> list = ParleyClient.http()
                .send(
                        HttpRequest.newBuilder(ParleyClient.uri(
                                        "/api/v1/tickets?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                                .header("Cookie", admin.cookie())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String ticket =
                json(list.body()).getJsonArray("tickets").getJsonObject(0).getString("id");
        HttpResponse<String> closed = ParleyClient.http()
                .send(
                        HttpRequest.newBuilder(ParleyClient.uri("/api/v1/tickets/" + ticket + "/close"))
                                .header("Cookie", admin.cookie())
                                .header("X-Parley-CSRF", admin.csrfToken())
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);

        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello(started.token(), started.conversationId(), 2));
            JsonObject ready = visitor.next("ready");
            assertThat(ready.getJsonObject("conversation").getString("status")).isEqualTo("closed");
            assertThat(ready.getJsonObject("conversation")
                            .getJsonNumber("lastSeq")
                            .longValue())
                    .isEqualTo(3);
            JsonObject notice = visitor.next("message");
            assertThat(Frames.seq(notice)).isEqualTo(3);
            assertThat(notice.getString("event")).isEqualTo("closed_by_agent");

            String late = Frames.newClientMessageId();
            visitor.send(Frames.send(late, "Are you still there?", started.conversationId()));
            JsonObject refused = visitor.next("error");
            assertThat(refused.getString("code")).isEqualTo("conversation_closed");
            assertThat(refused.getString("clientMessageId")).isEqualTo(late);
        }
        assertThat(Frames.seqs(ParleyClient.threadAsVisitor(started.token(), started.conversationId())))
                .containsExactly(1L, 2L, 3L);
    }
}

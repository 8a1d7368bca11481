package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A conversation's stages: the visitor browses the FAQs, asks for a person, writes; the team sees it only then. */
class ConversationStageIT {

    @Test
    void browsing_then_live_then_the_first_message_opens_the_ticket() throws Exception {
        AgentSession admin = ParleyClient.signInAsAdmin();
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello());
            visitor.next("ready");

            visitor.send(Json.createObjectBuilder().add("type", "browse").build());
            JsonObject browsing = visitor.next("conversation").getJsonObject("conversation");
            String id = browsing.getString("id");
            assertThat(browsing.getString("stage")).isEqualTo("browsing");
            assertThat(browsing.getJsonNumber("lastSeq").longValue()).isZero();
            visitor.noFrameWithin(FrameSocket.QUIET, java.util.Set.of("message"));
            assertThat(ticketConversations(admin)).doesNotContain(id);

            visitor.send(Json.createObjectBuilder()
                    .add("type", "live")
                    .add("conversationId", id)
                    .build());
            assertThat(visitor.next("conversation")
                            .getJsonObject("conversation")
                            .getString("stage"))
                    .isEqualTo("live");
            JsonObject welcome = visitor.next("message");
            assertThat(Frames.seq(welcome)).isEqualTo(1);
            assertThat(welcome.getString("author")).isEqualTo("system");
            assertThat(ticketConversations(admin)).doesNotContain(id);

            visitor.send(Frames.send(Frames.newClientMessageId(), Frames.uniqueText("I still need help")));
            JsonObject ack = visitor.next("ack");
            assertThat(ack.getString("conversationId")).isEqualTo(id);
            assertThat(Frames.seq(ack)).isEqualTo(2);
            assertThat(ticketConversations(admin)).contains(id);
        }
    }

    @Test
    void the_rest_api_browses_and_goes_live_the_same_way() {
        HttpResponse<String> session = ParleyClient.postJson("/api/v1/visitor/session", "");
        assertThat(session.statusCode()).as(session.body()).isIn(200, 201);
        String token = json(session.body()).getString("token");

        HttpResponse<String> browsed = ParleyClient.postAsVisitor("/api/v1/visitor/conversations", token, "");
        assertThat(browsed.statusCode()).as(browsed.body()).isEqualTo(200);
        String id = json(browsed.body()).getString("id");
        assertThat(json(browsed.body()).getString("stage")).isEqualTo("browsing");
        HttpResponse<String> again = ParleyClient.postAsVisitor("/api/v1/visitor/conversations", token, "");
        assertThat(json(again.body()).getString("id")).isEqualTo(id);

        HttpResponse<String> live =
                ParleyClient.postAsVisitor("/api/v1/visitor/conversations/" + id + "/live", token, "");
        assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
        assertThat(json(live.body()).getString("stage")).isEqualTo("live");
        assertThat(json(live.body()).getJsonNumber("lastSeq").longValue()).isEqualTo(1);

        HttpResponse<String> stranger = ParleyClient.postJson("/api/v1/visitor/session", "");
        HttpResponse<String> intrusion = ParleyClient.postAsVisitor(
                "/api/v1/visitor/conversations/" + id + "/live",
                json(stranger.body()).getString("token"),
                "");
        assertThat(intrusion.statusCode()).as(intrusion.body()).isEqualTo(404);
        assertThat(json(intrusion.body()).getString("code")).isEqualTo("conversation_not_found");
    }

    private static List<String> ticketConversations(AgentSession admin) throws Exception {
        HttpResponse<String> list = ParleyClient.http()
                .send(
                        HttpRequest.newBuilder(ParleyClient.uri("/api/v1/tickets?limit=100"))
                                .header("Cookie", admin.cookie())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return json(list.body()).getJsonArray("tickets").stream()
                .map(row -> row.asJsonObject().getString("conversationId"))
                .toList();
    }
}

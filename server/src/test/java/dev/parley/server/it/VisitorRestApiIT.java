package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.StartedConversation;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The visitor REST API: tokens from {@code POST /api/v1/visitor/session}, the visitor's current conversation, its
 * history paged by sequence number, and ending it. Every refusal is a problem document and changes nothing.
 */
class VisitorRestApiIT {

    private static final String SESSION = "/api/v1/visitor/session";
    private static final String CONVERSATIONS = "/api/v1/visitor/conversations";

    @Test
    void a_session_without_a_body_is_a_new_anonymous_visitor_whose_token_works_on_the_websocket_too() {
        JsonObject session = newSession();
        assertThat(session.getString("visitorId")).isNotBlank();

        try (FrameSocket socket = FrameSocket.open("/ws/visitor", Optional.empty())) {
            socket.send(jakarta.json.Json.createObjectBuilder()
                    .add("type", "hello")
                    .add("token", session.getString("token"))
                    .build());
            JsonObject ready = socket.next("ready");
            assertThat(ready.getString("visitorId")).isEqualTo(session.getString("visitorId"));
            assertThat(Frames.absentOrNull(ready, "token")).isTrue();
        }
    }

    @Test
    void a_visitor_without_a_conversation_has_no_current_one() {
        HttpResponse<String> current = ParleyClient.getAsVisitor(
                CONVERSATIONS + "/current", newSession().getString("token"));

        assertProblem(current, 404, "conversation_not_found");
    }

    @Test
    void the_current_conversation_and_its_history_paged_by_sequence_number() {
        StartedConversation mine =
                ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("Is this in stock?"));

        HttpResponse<String> current = ParleyClient.getAsVisitor(CONVERSATIONS + "/current", mine.token());
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        JsonObject conversation = ParleyClient.json(current.body());
        assertThat(conversation.getString("id")).isEqualTo(mine.conversationId());
        assertThat(conversation.getString("status")).isEqualTo("open");
        assertThat(conversation.getInt("lastSeq")).isEqualTo(2);

        JsonObject all = messages(mine, "");
        assertThat(all.getJsonObject("conversation").getString("id")).isEqualTo(mine.conversationId());
        JsonArray messages = all.getJsonArray("messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.getJsonObject(0).getString("author")).isEqualTo("system");
        assertThat(messages.getJsonObject(1).getString("author")).isEqualTo("visitor");
        assertThat(messages.getJsonObject(1).getString("text"))
                .isEqualTo(mine.thread().get(1).getString("text"));
        assertThat(messages.getJsonObject(1).getString("clientMessageId"))
                .isEqualTo(mine.thread().get(1).getString("clientMessageId"));

        JsonArray firstPage = messages(mine, "?afterSeq=0&limit=1").getJsonArray("messages");
        assertThat(firstPage).hasSize(1);
        assertThat(firstPage.getJsonObject(0).getInt("seq")).isEqualTo(1);
        JsonArray nextPage = messages(mine, "?afterSeq=1&limit=1").getJsonArray("messages");
        assertThat(nextPage).hasSize(1);
        assertThat(nextPage.getJsonObject(0).getInt("seq")).isEqualTo(2);
        assertThat(messages(mine, "?afterSeq=2").getJsonArray("messages")).isEmpty();
    }

    @Test
    void ending_the_conversation_closes_it_for_good() {
        StartedConversation mine = ParleyClient.startConversation(Frames.newClientMessageId(), "bye soon");

        HttpResponse<String> ended = ParleyClient.postAsVisitor(endPath(mine.conversationId()), mine.token(), null);
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        assertThat(ParleyClient.json(ended.body()).getString("status")).isEqualTo("closed");
        JsonArray messages = messages(mine, "").getJsonArray("messages");
        assertThat(messages.getJsonObject(messages.size() - 1).getString("event"))
                .isEqualTo("ended_by_visitor");
        assertThat(messages.getJsonObject(messages.size() - 1).getString("text"))
                .isEqualTo("You ended the chat.");
        assertProblem(
                ParleyClient.getAsVisitor(CONVERSATIONS + "/current", mine.token()), 404, "conversation_not_found");

        HttpResponse<String> again = ParleyClient.postAsVisitor(endPath(mine.conversationId()), mine.token(), null);
        assertProblem(again, 409, "conversation_closed");
        assertThat(messages(mine, "").getJsonArray("messages")).hasSize(messages.size());
    }

    @Test
    void another_visitors_conversation_answers_exactly_like_a_missing_one_and_stays_untouched() {
        StartedConversation theirs = ParleyClient.startConversation(Frames.newClientMessageId(), "private");
        String myToken = newSession().getString("token");
        String missing = UUID.randomUUID().toString();

        for (String id : List.of(theirs.conversationId(), missing, "not-an-id")) {
            assertProblem(
                    ParleyClient.getAsVisitor(CONVERSATIONS + "/" + id + "/messages", myToken),
                    404,
                    "conversation_not_found");
            assertProblem(ParleyClient.postAsVisitor(endPath(id), myToken, null), 404, "conversation_not_found");
        }
        HttpResponse<String> stranger =
                ParleyClient.getAsVisitor(CONVERSATIONS + "/" + theirs.conversationId() + "/messages", myToken);
        HttpResponse<String> nothing = ParleyClient.getAsVisitor(CONVERSATIONS + "/" + missing + "/messages", myToken);
        assertThat(ParleyClient.json(stranger.body()).getString("title"))
                .isEqualTo(ParleyClient.json(nothing.body()).getString("title"));
        assertThat(ParleyClient.threadAsVisitor(theirs.token(), theirs.conversationId()))
                .isEqualTo(theirs.thread());
    }

    @Test
    void without_a_known_token_nothing_is_answered_and_nothing_changes() {
        StartedConversation mine = ParleyClient.startConversation(Frames.newClientMessageId(), "keep me open");
        String messagesPath = CONVERSATIONS + "/" + mine.conversationId() + "/messages";

        for (String token : new String[] {null, "", "made-up-token", "x".repeat(500)}) {
            assertProblem(ParleyClient.getAsVisitor(CONVERSATIONS + "/current", token), 401, "visitor_unknown");
            assertProblem(ParleyClient.getAsVisitor(messagesPath, token), 401, "visitor_unknown");
            assertProblem(
                    ParleyClient.postAsVisitor(endPath(mine.conversationId()), token, null), 401, "visitor_unknown");
        }
        assertThat(ParleyClient.threadAsVisitor(mine.token(), mine.conversationId()))
                .isEqualTo(mine.thread());
    }

    @Test
    void bad_paging_parameters_and_bodies_are_refused() {
        StartedConversation mine = ParleyClient.startConversation(Frames.newClientMessageId(), "paging");
        for (String query : List.of("?afterSeq=-1", "?afterSeq=x", "?limit=0", "?limit=201", "?limit=ten")) {
            assertProblem(
                    ParleyClient.getAsVisitor(
                            CONVERSATIONS + "/" + mine.conversationId() + "/messages" + query, mine.token()),
                    400,
                    "invalid_parameter");
        }
        for (String body : List.of("not json", "[]", "{\"userId\": 42}")) {
            assertProblem(ParleyClient.postAsVisitor(SESSION, null, body), 400, "malformed_body");
        }
        assertThat(ParleyClient.threadAsVisitor(mine.token(), mine.conversationId()))
                .isEqualTo(mine.thread());
    }

    private static JsonObject newSession() {
        HttpResponse<String> response = ParleyClient.postAsVisitor(SESSION, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        JsonObject session = ParleyClient.json(response.body());
        assertThat(session.getString("token")).hasSizeGreaterThan(40);
        return session;
    }

    private static JsonObject messages(StartedConversation conversation, String query) {
        HttpResponse<String> response = ParleyClient.getAsVisitor(
                CONVERSATIONS + "/" + conversation.conversationId() + "/messages" + query, conversation.token());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ParleyClient.json(response.body());
    }

    private static String endPath(String conversationId) {
        return CONVERSATIONS + "/" + conversationId + "/end";
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(ParleyClient.contentType(response)).startsWith("application/problem+json");
        JsonObject problem = ParleyClient.json(response.body());
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("code")).isEqualTo(code);
        assertThat(problem.getString("detail", "")).isNotBlank();
    }
}

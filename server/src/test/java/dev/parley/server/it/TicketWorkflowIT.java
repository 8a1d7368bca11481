package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import dev.parley.server.it.ParleyClient.StartedConversation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The helpdesk's work on tickets through {@code /api/v1/tickets}, and closed being final on both sides. */
class TicketWorkflowIT {

    private static final String TICKETS = "/api/v1/tickets";

    private final AgentSession admin = ParleyClient.signInAsAdmin();

    @Test
    void an_agent_closing_the_ticket_ends_the_conversation_for_good() {
        String text = Frames.uniqueText("Where is my parcel?");
        StartedConversation started = ParleyClient.startConversation(Frames.newClientMessageId(), text);
        JsonObject ticket = findTicket(text);

        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello(started.token(), started.conversationId(), 2));
            visitor.next("ready");

            HttpResponse<String> closed = post(TICKETS + "/" + ticket.getString("id") + "/close", "");
            assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
            assertThat(json(closed.body()).getString("status")).isEqualTo("closed");

            JsonObject notice = visitor.next("message");
            assertThat(notice.getJsonNumber("seq").longValue()).isEqualTo(3);
            assertThat(notice.getString("author")).isEqualTo("system");
            assertThat(notice.getString("event")).isEqualTo("closed_by_agent");
            assertThat(notice.getString("text"))
                    .as("worded for the visitor")
                    .isEqualTo("Our team closed this conversation.");

            String retry = Frames.newClientMessageId();
            visitor.send(Frames.send(retry, "Hello again?", started.conversationId()));
            JsonObject refused = visitor.next("error");
            assertThat(refused.getString("code")).isEqualTo("conversation_closed");
            assertThat(refused.getString("clientMessageId")).isEqualTo(retry);
        }
        assertThat(Frames.seqs(ParleyClient.threadAsVisitor(started.token(), started.conversationId())))
                .containsExactly(1L, 2L, 3L);

        assertProblem(post(TICKETS + "/" + ticket.getString("id") + "/close", ""), 409, "ticket_closed");
        assertProblem(
                post(
                        TICKETS + "/" + ticket.getString("id") + "/snooze",
                        "{\"until\":\"" + Instant.now().plus(1, ChronoUnit.HOURS) + "\"}"),
                409,
                "ticket_closed");
        assertProblem(
                post(
                        TICKETS + "/" + ticket.getString("id") + "/assign",
                        "{\"assigneeId\":\"" + admin.agent().getString("id") + "\"}"),
                409,
                "ticket_closed");
        assertThat(ticket(ticket.getString("id")).getString("status")).isEqualTo("closed");
        assertThat(ticket(ticket.getString("id")).containsKey("assigneeId")).isFalse();
        assertThat(listIds("status=closed&q=" + encode(text))).containsExactly(ticket.getString("id"));
        assertThat(listIds("status=open&q=" + encode(text))).isEmpty();
    }

    @Test
    void an_agent_reply_to_a_closed_conversation_is_refused_and_nothing_changes() {
        String text = Frames.uniqueText("Closed soon");
        StartedConversation started = ParleyClient.startConversation(Frames.newClientMessageId(), text);
        JsonObject ticket = findTicket(text);
        assertThat(post(TICKETS + "/" + ticket.getString("id") + "/close", "").statusCode())
                .isEqualTo(200);

        try (FrameSocket agent = FrameSocket.open("/ws/agent", Optional.of(admin.cookie()))) {
            agent.send(Frames.agentHello());
            agent.next("inbox");
            String reply = Frames.newClientMessageId();
            agent.send(Frames.send(reply, "Too late", started.conversationId()));
            JsonObject refused = agent.next("error");
            assertThat(refused.getString("code")).isEqualTo("conversation_closed");
        }
        assertThat(Frames.seqs(ParleyClient.threadAsVisitor(started.token(), started.conversationId())))
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void the_visitor_ending_the_chat_closes_it_and_its_ticket_and_a_new_message_starts_a_new_conversation() {
        String text = Frames.uniqueText("Just browsing");
        StartedConversation started = ParleyClient.startConversation(Frames.newClientMessageId(), text);
        JsonObject ticket = findTicket(text);

        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello(started.token(), started.conversationId(), 2));
            visitor.next("ready");
            visitor.send(Json.createObjectBuilder()
                    .add("type", "end")
                    .add("conversationId", started.conversationId())
                    .build());

            JsonObject ended = visitor.next("conversation");
            assertThat(ended.getJsonObject("conversation").getString("status")).isEqualTo("closed");
            assertThat(visitor.next("message").getString("event")).isEqualTo("ended_by_visitor");

            String next = Frames.uniqueText("One more question");
            visitor.send(Frames.send(Frames.newClientMessageId(), next));
            JsonObject ack = visitor.next("ack");
            assertThat(ack.getString("conversationId")).isNotEqualTo(started.conversationId());
            assertThat(ack.getJsonNumber("seq").longValue()).isEqualTo(2);
            assertThat(findTicket(next).getString("id")).isNotEqualTo(ticket.getString("id"));
        }
        assertThat(ticket(ticket.getString("id")).getString("status")).isEqualTo("closed");
    }

    @Test
    void assigning_snoozing_and_read_marks_show_in_the_filters() {
        String text = Frames.uniqueText("Size guide?");
        ParleyClient.startConversation(Frames.newClientMessageId(), text);
        JsonObject ticket = findTicket(text);
        String id = ticket.getString("id");
        String me = admin.agent().getString("id");
        assertThat(ticket.getBoolean("unread")).isTrue();
        assertThat(ticket.getString("status")).isEqualTo("open");
        assertThat(ticket.getString("waitingSince")).isNotBlank();

        assertThat(listIds("assignee=unassigned&q=" + encode(text))).containsExactly(id);
        assertThat(post(TICKETS + "/" + id + "/assign", "{\"assigneeId\":\"" + me + "\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(listIds("assignee=mine&q=" + encode(text))).containsExactly(id);
        assertThat(listIds("assignee=unassigned&q=" + encode(text))).isEmpty();

        assertThat(post(TICKETS + "/" + id + "/read", "").statusCode()).isEqualTo(200);
        assertThat(listIds("unread=true&q=" + encode(text))).isEmpty();
        assertThat(post(TICKETS + "/" + id + "/unread", "").statusCode()).isEqualTo(200);
        assertThat(listIds("unread=true&q=" + encode(text))).containsExactly(id);

        String until = Instant.now()
                .plus(2, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        HttpResponse<String> snoozed = post(TICKETS + "/" + id + "/snooze", "{\"until\":\"" + until + "\"}");
        assertThat(snoozed.statusCode()).as(snoozed.body()).isEqualTo(200);
        assertThat(json(snoozed.body()).getString("snoozedUntil")).isEqualTo(until);
        assertThat(listIds("status=snoozed&q=" + encode(text))).containsExactly(id);
        assertThat(listIds("status=open&q=" + encode(text))).isEmpty();

        assertThat(post(TICKETS + "/" + id + "/reopen", "").statusCode()).isEqualTo(200);
        assertThat(listIds("status=open&q=" + encode(text))).containsExactly(id);
    }

    @Test
    void pages_follow_each_other_newest_activity_first_without_overlap() {
        String marker = Frames.uniqueText("paging");
        for (int i = 0; i < 3; i++) {
            ParleyClient.startConversation(Frames.newClientMessageId(), marker + " #" + i);
        }
        JsonObject first = list("limit=2&q=" + encode(marker));
        assertThat(first.getJsonArray("tickets")).hasSize(2);
        String cursor = first.getString("nextCursor");
        JsonObject second = list("limit=2&q=" + encode(marker) + "&cursor=" + encode(cursor));

        assertThat(second.getJsonArray("tickets")).hasSize(1);
        assertThat(second.containsKey("nextCursor")).isFalse();
        List<String> previews = java.util.stream.Stream.concat(
                        first.getJsonArray("tickets").stream(), second.getJsonArray("tickets").stream())
                .map(row -> row.asJsonObject().getJsonObject("lastMessage").getString("text"))
                .toList();
        assertThat(previews).containsExactly(marker + " #2", marker + " #1", marker + " #0");
    }

    @Test
    void bad_filters_cursors_and_ids_are_refused_clearly() {
        assertProblem(get(TICKETS + "?status=lost"), 400, "invalid_status");
        assertProblem(get(TICKETS + "?assignee=someone"), 400, "invalid_assignee");
        assertProblem(get(TICKETS + "?cursor=not-a-cursor"), 400, "invalid_cursor");
        assertProblem(get(TICKETS + "?limit=101"), 400, "invalid_limit");
        assertProblem(get(TICKETS + "/" + UUID.randomUUID()), 404, "ticket_not_found");
        assertProblem(get(TICKETS + "/nonsense"), 404, "ticket_not_found");
        assertProblem(post(TICKETS + "/" + UUID.randomUUID() + "/close", ""), 404, "ticket_not_found");
    }

    @Test
    void refused_changes_change_nothing() {
        String text = Frames.uniqueText("Refusals");
        ParleyClient.startConversation(Frames.newClientMessageId(), text);
        String id = findTicket(text).getString("id");
        JsonObject before = ticket(id);

        assertProblem(
                post(TICKETS + "/" + id + "/assign", "{\"assigneeId\":\"" + UUID.randomUUID() + "\"}"),
                404,
                "agent_not_found");
        assertProblem(
                post(TICKETS + "/" + id + "/snooze", "{\"until\":\"2001-01-01T00:00:00Z\"}"),
                400,
                "snooze_in_the_past");
        assertProblem(post(TICKETS + "/" + id + "/snooze", "{\"until\":\"tomorrow\"}"), 400, "invalid_time");
        assertProblem(
                send(HttpRequest.newBuilder(ParleyClient.uri(TICKETS + "/" + id + "/close"))
                        .header("Cookie", admin.cookie())
                        .POST(HttpRequest.BodyPublishers.noBody())),
                403,
                "csrf_token_invalid");
        assertProblem(
                send(HttpRequest.newBuilder(ParleyClient.uri(TICKETS + "/" + id + "/close"))
                        .POST(HttpRequest.BodyPublishers.noBody())),
                401,
                "not_signed_in");
        assertProblem(send(HttpRequest.newBuilder(ParleyClient.uri(TICKETS))), 401, "not_signed_in");

        assertThat(ticket(id)).isEqualTo(before);
    }

    private JsonObject findTicket(String text) {
        JsonObject page = list("q=" + encode(text));
        assertThat(page.getJsonArray("tickets"))
                .as("tickets containing %s", text)
                .hasSize(1);
        return page.getJsonArray("tickets").getJsonObject(0);
    }

    private JsonObject ticket(String id) {
        HttpResponse<String> response = get(TICKETS + "/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body()).getJsonObject("ticket");
    }

    private List<String> listIds(String query) {
        return list(query).getJsonArray("tickets").stream()
                .map(row -> row.asJsonObject().getString("id"))
                .toList();
    }

    private JsonObject list(String query) {
        HttpResponse<String> response = get(TICKETS + "?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(ParleyClient.uri(path)).header("Cookie", admin.cookie()));
    }

    private HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(ParleyClient.uri(path))
                .header("Cookie", admin.cookie())
                .header("X-Parley-CSRF", admin.csrfToken())
                .header("Content-Type", "application/json")
                .POST(
                        body.isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return ParleyClient.http().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException failed) {
            throw new AssertionError("The request failed: " + failed, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(ParleyClient.contentType(response)).startsWith("application/problem+json");
        assertThat(json(response.body()).getString("code")).isEqualTo(code);
    }

    @Test
    void a_search_is_three_to_two_hundred_characters_and_a_refused_one_says_which_edge() {
        String marker = Frames.uniqueText("Zip");
        ParleyClient.startConversation(Frames.newClientMessageId(), marker);

        HttpResponse<String> twoCharacters = search("ab");
        ParleyClient.assertProblem(twoCharacters, 400, "search_too_short");
        HttpResponse<String> blanks = search("  a  ");
        ParleyClient.assertProblem(blanks, 400, "search_too_short");
        HttpResponse<String> tooLong = search("a".repeat(201));
        ParleyClient.assertProblem(tooLong, 400, "search_too_long");

        HttpResponse<String> three = search("zzq");
        assertThat(three.statusCode()).as(three.body()).isEqualTo(200);
        HttpResponse<String> longest = search(marker + "x".repeat(200 - marker.length()));
        assertThat(longest.statusCode()).as(longest.body()).isEqualTo(200);
        assertThat(json(longest.body()).getJsonArray("tickets")).isEmpty();
        HttpResponse<String> found = search(marker);
        assertThat(json(found.body()).getJsonArray("tickets")).hasSize(1);
    }

    private HttpResponse<String> search(String q) {
        return ParleyClient.get("/api/v1/tickets?status=open&q=" + encode(q), Optional.of(admin.cookie()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

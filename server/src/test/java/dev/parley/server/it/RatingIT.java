package dev.parley.server.it;

import static dev.parley.server.it.Frames.aboutConversation;
import static dev.parley.server.it.ParleyClient.assertProblem;
import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import dev.parley.server.it.ParleyClient.StartedConversation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A visitor rates the conversation they ended; the inbox sees it live on the ticket and after a reload; nobody else may
 * rate it, and an open conversation cannot be rated. The reports' summary answers signed-in team members only and
 * refuses bad periods.
 */
class RatingIT {

    private static JsonObject rate(String conversationId, String score, String comment) {
        JsonObjectBuilder frame = Json.createObjectBuilder()
                .add("type", "rate")
                .add("conversationId", conversationId)
                .add("score", score);
        if (comment != null) {
            frame.add("comment", comment);
        }
        return frame.build();
    }

    private static JsonObject ticketOf(AgentSession agent, String text) {
        HttpResponse<String> page = ParleyClient.get(
                "/api/v1/tickets?status=closed&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8),
                Optional.of(agent.cookie()));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(json(page.body()).getJsonArray("tickets")).hasSize(1);
        JsonObject row = json(page.body()).getJsonArray("tickets").getJsonObject(0);
        HttpResponse<String> detail =
                ParleyClient.get("/api/v1/tickets/" + row.getString("id"), Optional.of(agent.cookie()));
        assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
        JsonObject ticket = json(detail.body()).getJsonObject("ticket");
        assertThat(row.get("rating"))
                .as("the list row shows the same rating as the ticket")
                .isEqualTo(ticket.get("rating"));
        return ticket;
    }

    @Test
    void the_visitor_rates_the_ended_conversation_and_the_inbox_sees_it_live_and_after_a_reload() {
        AgentSession agent = ParleyClient.signInAsAdmin();
        String text = Frames.uniqueText("Where is my parcel?");
        StartedConversation started = ParleyClient.startConversation(Frames.newClientMessageId(), text);
        String conversation = started.conversationId();
        try (FrameSocket inbox = agent.openInbox();
                FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello(started.token(), conversation, 2));
            visitor.next("ready");

            visitor.send(rate(conversation, "good", null));
            assertThat(visitor.next("error").getString("code")).isEqualTo("conversation_open");

            visitor.send(Json.createObjectBuilder()
                    .add("type", "end")
                    .add("conversationId", conversation)
                    .build());
            visitor.next("conversation");

            visitor.send(rate(conversation, "bad", "  Too slow to answer.  "));
            JsonObject rated = visitor.next("rated");
            assertThat(rated.getString("conversationId")).isEqualTo(conversation);
            assertThat(rated.getString("score")).isEqualTo("bad");
            assertThat(rated.getString("comment")).isEqualTo("Too slow to answer.");

            JsonObject live = inbox.next(
                            "ticket",
                            aboutConversation(conversation)
                                    .and(frame -> frame.getJsonObject("ticket").containsKey("rating")))
                    .getJsonObject("ticket");
            assertThat(live.getJsonObject("rating").getString("score")).isEqualTo("bad");
            assertThat(live.getJsonObject("rating").getString("comment")).isEqualTo("Too slow to answer.");

            // The same rating again (a retry) answers the same and changes nothing.
            visitor.send(rate(conversation, "bad", "Too slow to answer."));
            assertThat(visitor.next("rated")).isEqualTo(rated);
        }
        JsonObject reloaded = ticketOf(agent, text);
        JsonObject rated = reloaded.getJsonObject("rating");
        assertThat(reloaded.getJsonObject("rating").getString("score")).isEqualTo("bad");
        assertThat(reloaded.getJsonObject("rating").getString("comment")).isEqualTo("Too slow to answer.");
        assertThat(rated.getString("ratedAt")).isNotBlank();
    }

    @Test
    void another_visitor_cannot_rate_the_conversation_and_nothing_is_stored() {
        AgentSession agent = ParleyClient.signInAsAdmin();
        String text = Frames.uniqueText("Can I change my order?");
        StartedConversation owner = ParleyClient.startConversation(Frames.newClientMessageId(), text);
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello(owner.token(), owner.conversationId(), 2));
            visitor.next("ready");
            visitor.send(Json.createObjectBuilder()
                    .add("type", "end")
                    .add("conversationId", owner.conversationId())
                    .build());
            visitor.next("conversation");
        }
        try (FrameSocket stranger = FrameSocket.open("/ws/visitor", Optional.empty())) {
            stranger.send(Frames.visitorHello());
            stranger.next("ready");

            stranger.send(rate(owner.conversationId(), "bad", "Terrible shop"));

            JsonObject refused = stranger.next("error");
            assertThat(refused.getString("code")).isEqualTo("conversation_not_found");
            stranger.noFrameWithin(FrameSocket.QUIET, "rated", frame -> true);
        }
        assertThat(ticketOf(agent, text).containsKey("rating"))
                .as("a stranger's rating is not stored")
                .isFalse();
    }

    @Test
    void a_comment_over_the_limit_is_refused_and_nothing_is_stored() {
        AgentSession agent = ParleyClient.signInAsAdmin();
        String text = Frames.uniqueText("Do you gift wrap?");
        StartedConversation started = ParleyClient.startConversation(Frames.newClientMessageId(), text);
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello(started.token(), started.conversationId(), 2));
            visitor.next("ready");
            visitor.send(Json.createObjectBuilder()
                    .add("type", "end")
                    .add("conversationId", started.conversationId())
                    .build());
            visitor.next("conversation");

            visitor.send(rate(started.conversationId(), "good", "x".repeat(501)));

            assertThat(visitor.next("error").getString("code")).isEqualTo("rating_comment_too_long");
        }
        assertThat(ticketOf(agent, text).containsKey("rating")).isFalse();
    }

    @Test
    void the_reports_answer_signed_in_team_members_and_refuse_bad_periods() {
        assertProblem(ParleyClient.get("/api/v1/reports/summary?last=7"), 401, "not_signed_in");
        AgentSession agent = ParleyClient.signInAsAdmin();
        Optional<String> cookie = Optional.of(agent.cookie());

        HttpResponse<String> week = ParleyClient.get("/api/v1/reports/summary?last=7", cookie);
        assertThat(week.statusCode()).as(week.body()).isEqualTo(200);
        JsonObject summary = json(week.body());
        assertThat(summary.getJsonArray("conversationsPerDay")).hasSize(7);
        assertThat(summary.getString("to")).isEqualTo(summary.getString("today"));

        HttpResponse<String> leapYear =
                ParleyClient.get("/api/v1/reports/summary?from=2024-01-01&to=2024-12-31", cookie);
        assertThat(leapYear.statusCode()).as(leapYear.body()).isEqualTo(200);
        assertThat(json(leapYear.body()).getJsonArray("conversationsPerDay")).hasSize(366);

        assertProblem(
                ParleyClient.get("/api/v1/reports/summary?from=2024-01-01&to=2025-01-01", cookie),
                400,
                "report_period_too_long");
        assertProblem(
                ParleyClient.get("/api/v1/reports/summary?from=2024-02-30&to=2024-03-01", cookie), 400, "invalid_date");
        assertProblem(ParleyClient.get("/api/v1/reports/summary?from=2024-03-01", cookie), 400, "invalid_date");
        assertProblem(
                ParleyClient.get("/api/v1/reports/summary?from=2024-03-02&to=2024-03-01", cookie),
                400,
                "report_period_reversed");
        assertProblem(ParleyClient.get("/api/v1/reports/summary?last=0", cookie), 400, "report_period_too_long");
        assertProblem(ParleyClient.get("/api/v1/reports/summary?last=week", cookie), 400, "invalid_parameter");
    }
}

package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.assertProblem;
import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Who of the team can answer: an agent is online from their inbox's hello until it goes, away when they say so, and
 * the team and the widget are told.
 */
class PresenceIT extends TeamFixture {

    private static final String ME = AGENTS + "/me";

    @Test
    void an_agent_is_online_while_their_inbox_is_open_away_when_they_say_so_and_the_team_hears_it_live() {
        Member member = addMember("agent");
        AgentSession session = signIn(member);
        assertThat(memberJson(member).getString("presence")).isEqualTo("offline");
        assertThat(memberJson(member).getString("status")).isEqualTo("available");

        try (FrameSocket watcher = FrameSocket.open("/ws/agent", Optional.of(admin.cookie()))) {
            watcher.send(Frames.agentHello());
            watcher.next("inbox");
            try (FrameSocket inbox = FrameSocket.open("/ws/agent", Optional.of(session.cookie()))) {
                inbox.send(Frames.agentHello());
                inbox.next("inbox");

                watcher.next("presence", f -> presenceOf(f, member, "online"));
                assertThat(memberJson(member).getString("presence")).isEqualTo("online");
                assertThat(json(ParleyClient.get("/api/v1/widget/config").body())
                                .getBoolean("teamOnline"))
                        .as("someone is online")
                        .isTrue();

                HttpResponse<String> away =
                        send("PATCH", ME, "{\"status\":\"away\"}", session.cookie(), session.csrfToken());

                assertThat(away.statusCode()).as(away.body()).isEqualTo(200);
                assertThat(json(away.body())).isEqualTo(json("{\"locale\":\"en\",\"status\":\"away\"}"));
                watcher.next("presence", f -> presenceOf(f, member, "away"));
                assertThat(memberJson(member).getString("presence")).isEqualTo("away");
                assertThat(memberJson(member).getString("status")).isEqualTo("away");
            }
            watcher.next("presence", f -> presenceOf(f, member, "offline"));
        }
        assertThat(memberJson(member).getString("presence")).isEqualTo("offline");
        assertThat(memberJson(member).getString("status"))
                .as("the status is kept for their next inbox")
                .isEqualTo("away");
    }

    @Test
    void a_status_other_than_available_or_away_is_refused_and_changes_nothing() {
        Member member = addMember("agent");
        AgentSession session = signIn(member);

        assertProblem(send("PATCH", ME, "{\"status\":\"away\"}", null, null), 401, "not_signed_in");
        assertProblem(send("PATCH", ME, "{\"status\":\"away\"}", session.cookie(), null), 403, "csrf_token_invalid");
        HttpResponse<String> busy = send("PATCH", ME, "{\"status\":\"busy\"}", session.cookie(), session.csrfToken());
        assertProblem(busy, 400, "invalid_status");
        assertThat(json(busy.body()).getString("field")).isEqualTo("status");
        assertProblem(send("PATCH", ME, "{}", session.cookie(), session.csrfToken()), 400, "missing_field");
        assertProblem(
                send("PATCH", ME, "{\"status\":\"away\",\"locale\":\"de\"}", session.cookie(), session.csrfToken()),
                400,
                "unsupported_locale");

        assertThat(memberJson(member).getString("status")).as("nothing changed").isEqualTo("available");
        assertThat(signIn(member).agent().getString("locale")).isEqualTo("en");
    }

    private JsonObject memberJson(Member member) {
        HttpResponse<String> answer = ParleyClient.get(AGENTS + "/" + member.id(), Optional.of(admin.cookie()));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer.body());
    }

    private static boolean presenceOf(JsonObject frame, Member member, String presence) {
        return frame.getString("agentId").equals(member.id())
                && frame.getString("presence").equals(presence);
    }
}

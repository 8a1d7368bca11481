package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.assertProblem;
import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An agent's own account over REST: their password and the language of their account, for themselves only. */
class TeamOwnAccountIT extends TeamFixture {

    private static final String PASSWORD = "/api/v1/agents/me/password";

    @Test
    void an_agent_changes_their_own_password_with_the_current_one() {
        Member member = addMember("agent");
        AgentSession session = signIn(member);
        String change = passwordBody(member.password(), "a brand new password");

        assertProblem(send("POST", PASSWORD, change, null, null), 401, "not_signed_in");
        assertProblem(send("POST", PASSWORD, change, session.cookie(), null), 403, "csrf_token_invalid");
        assertProblem(
                send(
                        "POST",
                        PASSWORD,
                        passwordBody("not my password", "a brand new password"),
                        session.cookie(),
                        session.csrfToken()),
                403,
                "wrong_password");
        assertProblem(
                send("POST", PASSWORD, passwordBody(member.password(), "short"), session.cookie(), session.csrfToken()),
                400,
                "weak_password");
        signIn(member);

        HttpResponse<String> changed = send("POST", PASSWORD, change, session.cookie(), session.csrfToken());

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertProblem(ParleyClient.signIn(member.email(), member.password()), 401, "sign_in_failed");
        signIn(new Member(member.id(), member.email(), "a brand new password"));
    }

    @Test
    void an_agent_chooses_the_language_of_their_own_account_and_nobody_elses() {
        Member member = addMember("agent");
        AgentSession session = signIn(member);
        String me = AGENTS + "/me";

        assertProblem(send("PATCH", me, "{\"locale\":\"pl\"}", null, null), 401, "not_signed_in");
        assertProblem(send("PATCH", me, "{\"locale\":\"pl\"}", session.cookie(), null), 403, "csrf_token_invalid");
        assertProblem(
                send("PATCH", me, "{\"locale\":\"not a language\"}", session.cookie(), session.csrfToken()),
                400,
                "invalid_locale");
        assertProblem(send("PATCH", me, "{}", session.cookie(), session.csrfToken()), 400, "missing_field");

        HttpResponse<String> changed = send("PATCH", me, "{\"locale\":\"pl\"}", session.cookie(), session.csrfToken());

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed.body()).getString("locale")).isEqualTo("pl");
        assertThat(json(ParleyClient.get(AGENTS + "/" + member.id(), Optional.of(admin.cookie()))
                                .body())
                        .getString("role"))
                .as("the role stays as it was")
                .isEqualTo("agent");
    }

    private static String passwordBody(String current, String next) {
        return Json.createObjectBuilder()
                .add("currentPassword", current)
                .add("newPassword", next)
                .build()
                .toString();
    }
}

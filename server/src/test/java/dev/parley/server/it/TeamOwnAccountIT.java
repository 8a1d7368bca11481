package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.assertProblem;
import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An agent's own account over REST: their password and the language of their account, for themselves only. */
class TeamOwnAccountIT extends TeamFixture {

    private static final String PASSWORD = "/api/v1/agents/me/password";
    private static final String SESSION = "/api/v1/agent/session";

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
        assertThat(session.agent().getString("locale"))
                .as("a new account speaks English")
                .isEqualTo("en");
        String adminsLocale = localeOf(admin);

        assertProblem(send("PATCH", me, "{\"locale\":\"pl\"}", null, null), 401, "not_signed_in");
        assertProblem(send("PATCH", me, "{\"locale\":\"pl\"}", session.cookie(), null), 403, "csrf_token_invalid");

        HttpResponse<String> changed = send("PATCH", me, "{\"locale\":\"pl\"}", session.cookie(), session.csrfToken());

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed.body())).isEqualTo(json("{\"locale\":\"pl\",\"status\":\"available\"}"));
        assertThat(localeOf(session))
                .as("the session speaks the account's language")
                .isEqualTo("pl");
        assertThat(localeOf(admin)).as("nobody else's account changed").isEqualTo(adminsLocale);
        assertThat(signIn(member).agent().getString("locale"))
                .as("a new sign-in answers it too")
                .isEqualTo("pl");
        assertThat(json(ParleyClient.get(AGENTS + "/" + member.id(), Optional.of(admin.cookie()))
                                .body())
                        .getString("role"))
                .as("the role stays as it was")
                .isEqualTo("agent");
    }

    @Test
    void only_english_and_polish_are_accepted_and_a_refusal_names_the_field_and_changes_nothing() {
        Member member = addMember("agent");
        AgentSession session = signIn(member);
        String me = AGENTS + "/me";
        HttpResponse<String> polish = send("PATCH", me, "{\"locale\":\"pl\"}", session.cookie(), session.csrfToken());
        assertThat(polish.statusCode()).as(polish.body()).isEqualTo(200);

        for (String body : List.of(
                "{\"locale\":\"de\"}",
                "{\"locale\":\"en-GB\"}",
                "{\"locale\":\"PL\"}",
                "{\"locale\":\"not a language\"}",
                "{\"locale\":\"\"}")) {
            HttpResponse<String> refused = send("PATCH", me, body, session.cookie(), session.csrfToken());
            assertProblem(refused, 400, "unsupported_locale");
            assertThat(json(refused.body()).getString("field")).as(body).isEqualTo("locale");
        }
        HttpResponse<String> missing = send("PATCH", me, "{}", session.cookie(), session.csrfToken());
        assertProblem(missing, 400, "missing_field");
        assertThat(json(missing.body()).getString("field")).isEqualTo("locale");

        assertThat(localeOf(session))
                .as("every refusal left the account as it was")
                .isEqualTo("pl");
    }

    /** The language the session answers for a signed-in agent. */
    private static String localeOf(AgentSession session) {
        HttpResponse<String> current = ParleyClient.get(SESSION, Optional.of(session.cookie()));
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        return json(current.body()).getString("locale");
    }

    private static String passwordBody(String current, String next) {
        return Json.createObjectBuilder()
                .add("currentPassword", current)
                .add("newPassword", next)
                .build()
                .toString();
    }
}

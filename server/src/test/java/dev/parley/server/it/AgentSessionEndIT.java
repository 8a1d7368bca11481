package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.assertProblem;
import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One agent signed in twice (a laptop and a phone, two cookie jars): a password change or a role change ends the other
 * session at once (its cookie answers 401, its inbox closes with 4001 {@code signed_out}) while the session the change
 * was made in goes on under a new cookie and CSRF token, its inbox open.
 */
class AgentSessionEndIT {

    private static final String SESSION = "/api/v1/agent/session";
    private static final String PASSWORD = "/api/v1/agents/me/password";

    private final AgentSession admin = ParleyClient.signInAsAdmin();

    @Test
    void a_password_change_ends_the_other_session_and_rotates_the_current_one() {
        AgentSession laptop = TeamApi.addAndSignIn(admin, "session-end-it-", "Pat Password", "agent");
        AgentSession phone = signInAgain(laptop, "password of Pat Password");
        try (FrameSocket laptopInbox = laptop.openInbox();
                FrameSocket phoneInbox = phone.openInbox()) {

            HttpResponse<String> changed = ParleyClient.send(
                    "POST",
                    PASSWORD,
                    Json.createObjectBuilder()
                            .add("currentPassword", "password of Pat Password")
                            .add("newPassword", "a brand new password")
                            .build()
                            .toString(),
                    laptop.cookie(),
                    laptop.csrfToken());

            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
            AgentSession rotated = laptop.rotatedBy(changed);
            assertThat(rotated.cookie()).isNotEqualTo(laptop.cookie());
            assertThat(rotated.csrfToken()).isNotEqualTo(laptop.csrfToken());

            assertThat(phoneInbox.closedWith(FrameSocket.PATIENCE))
                    .as("the phone's inbox closes")
                    .hasValue("4001 signed_out");
            HttpResponse<String> phoneAsks = ParleyClient.get(SESSION, Optional.of(phone.cookie()));
            assertProblem(phoneAsks, 401, "not_signed_in");
            assertThat(json(phoneAsks.body()).getString("detail")).contains("password");
            assertProblem(ParleyClient.get("/api/v1/tickets", Optional.of(phone.cookie())), 401, "not_signed_in");

            assertThat(laptopInbox.awaitClose(FrameSocket.QUIET))
                    .as("the laptop's inbox stays open")
                    .isFalse();
            laptopInbox.send(Frames.agentHello());
            assertThat(laptopInbox.next("error").getString("code")).isEqualTo("already_ready");
            assertProblem(ParleyClient.get(SESSION, Optional.of(laptop.cookie())), 401, "not_signed_in");
            HttpResponse<String> current = ParleyClient.get(SESSION, Optional.of(rotated.cookie()));
            assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
            assertThat(json(current.body()).getString("csrfToken")).isEqualTo(rotated.csrfToken());
            HttpResponse<String> locale = ParleyClient.send(
                    "PATCH", "/api/v1/agents/me", "{\"locale\":\"pl\"}", rotated.cookie(), rotated.csrfToken());
            assertThat(locale.statusCode())
                    .as("a change with the rotated cookie and CSRF token: %s", locale.body())
                    .isEqualTo(200);
            assertProblem(
                    ParleyClient.send(
                            "PATCH", "/api/v1/agents/me", "{\"locale\":\"en\"}", rotated.cookie(), laptop.csrfToken()),
                    403,
                    "csrf_token_invalid");
            assertHandshakeRefused(phone);
            rotated.openInbox().close();
        } finally {
            TeamApi.remove(admin, laptop.id());
        }
    }

    @Test
    void a_refused_password_change_ends_no_session() {
        AgentSession laptop = TeamApi.addAndSignIn(admin, "session-end-it-", "Ray Refused", "agent");
        AgentSession phone = signInAgain(laptop, "password of Ray Refused");
        try (FrameSocket phoneInbox = phone.openInbox()) {

            HttpResponse<String> refused = ParleyClient.send(
                    "POST",
                    PASSWORD,
                    "{\"currentPassword\":\"not my password\",\"newPassword\":\"a brand new password\"}",
                    laptop.cookie(),
                    laptop.csrfToken());

            assertProblem(refused, 403, "wrong_password");
            assertThat(ParleyClient.sessionCookie(refused)).isEmpty();
            assertThat(phoneInbox.awaitClose(FrameSocket.QUIET)).isFalse();
            assertThat(ParleyClient.get(SESSION, Optional.of(phone.cookie())).statusCode())
                    .isEqualTo(200);
            assertThat(ParleyClient.get(SESSION, Optional.of(laptop.cookie())).statusCode())
                    .isEqualTo(200);
        } finally {
            TeamApi.remove(admin, laptop.id());
        }
    }

    @Test
    void a_role_change_ends_every_session_of_the_member() {
        AgentSession laptop = TeamApi.addAndSignIn(admin, "session-end-it-", "Rob Role", "agent");
        AgentSession phone = signInAgain(laptop, "password of Rob Role");
        try (FrameSocket laptopInbox = laptop.openInbox();
                FrameSocket phoneInbox = phone.openInbox();
                FrameSocket adminInbox = admin.openInbox()) {

            HttpResponse<String> promoted = ParleyClient.send(
                    "PATCH",
                    TeamApi.AGENTS + "/" + laptop.id(),
                    "{\"role\":\"admin\"}",
                    admin.cookie(),
                    admin.csrfToken());

            assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
            assertThat(laptopInbox.closedWith(FrameSocket.PATIENCE)).hasValue("4001 signed_out");
            assertThat(phoneInbox.closedWith(FrameSocket.PATIENCE)).hasValue("4001 signed_out");
            for (AgentSession ended : new AgentSession[] {laptop, phone}) {
                HttpResponse<String> asks = ParleyClient.get(SESSION, Optional.of(ended.cookie()));
                assertProblem(asks, 401, "not_signed_in");
                assertThat(json(asks.body()).getString("detail")).contains("role");
            }
            assertThat(adminInbox.awaitClose(FrameSocket.QUIET))
                    .as("the admin's own inbox stays open")
                    .isFalse();
            assertThat(ParleyClient.get(SESSION, Optional.of(admin.cookie())).statusCode())
                    .isEqualTo(200);
            AgentSession again = signInAgain(laptop, "password of Rob Role");
            assertThat(again.agent().getString("role")).isEqualTo("admin");
        } finally {
            TeamApi.remove(admin, laptop.id());
        }
    }

    private static AgentSession signInAgain(AgentSession session, String password) {
        HttpResponse<String> signedIn = ParleyClient.signIn(session.agent().getString("email"), password);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        return new AgentSession(ParleyClient.sessionCookie(signedIn).orElseThrow(), json(signedIn.body()));
    }

    private static void assertHandshakeRefused(AgentSession session) {
        Throwable handshake = catchThrowable(() ->
                FrameSocket.open("/ws/agent", Optional.of(session.cookie())).close());
        assertThat(handshake).as("an ended session's handshake is refused").isNotNull();
    }
}

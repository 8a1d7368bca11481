package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.adminEmail;
import static dev.parley.server.it.ParleyClient.adminPassword;
import static dev.parley.server.it.ParleyClient.contentType;
import static dev.parley.server.it.ParleyClient.json;
import static dev.parley.server.it.ParleyClient.sessionCookie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** An agent signs in, is recognised, signs out; the agent WebSocket lets in signed-in agents only. */
class AgentSessionIT {

    private static final String SESSION = "/api/v1/agent/session";
    private static final String PROBE = SESSION + "/probe";

    @Test
    void a_wrong_password_is_refused_without_a_usable_session() {
        HttpResponse<String> response = ParleyClient.signIn(adminEmail(), adminPassword() + "-not");

        assertProblem(response, 401, "sign_in_failed");
        HttpResponse<String> afterwards = ParleyClient.get(SESSION, sessionCookie(response));
        assertProblem(afterwards, 401, "not_signed_in");
    }

    @Test
    void an_unknown_email_is_refused_exactly_like_a_wrong_password() {
        HttpResponse<String> unknown = ParleyClient.signIn("nobody-" + UUID.randomUUID() + "@parley.test", "whatever1");
        HttpResponse<String> wrongPassword = ParleyClient.signIn(adminEmail(), adminPassword() + "-not");

        assertProblem(unknown, 401, "sign_in_failed");
        assertThat(json(unknown.body())).isEqualTo(json(wrongPassword.body()));
        assertProblem(ParleyClient.get(SESSION, sessionCookie(unknown)), 401, "not_signed_in");
    }

    @Test
    void the_probe_answers_200_signed_in_or_not_and_says_why_not() {
        HttpResponse<String> anonymous = ParleyClient.get(PROBE);
        HttpResponse<String> forged = ParleyClient.get(PROBE, Optional.of("PARLEY_SESSION=" + UUID.randomUUID()));
        AgentSession admin = ParleyClient.signInAsAdmin();
        HttpResponse<String> signedIn = ParleyClient.get(PROBE, Optional.of(admin.cookie()));

        for (HttpResponse<String> signedOut : java.util.List.of(anonymous, forged)) {
            assertThat(signedOut.statusCode()).as(signedOut.body()).isEqualTo(200);
            assertThat(contentType(signedOut)).startsWith("application/json");
            JsonObject body = json(signedOut.body());
            assertThat(body.getBoolean("signedIn")).isFalse();
            assertThat(body.getString("code")).isEqualTo("not_signed_in");
            assertThat(body.getString("detail")).isNotBlank();
            assertThat(body).doesNotContainKey("session");
        }
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        JsonObject probed = json(signedIn.body());
        assertThat(probed.getBoolean("signedIn")).isTrue();
        assertThat(probed).doesNotContainKeys("code", "detail");
        assertThat(probed.getJsonObject("session"))
                .as("the session as GET %s answers it", SESSION)
                .isEqualTo(json(
                        ParleyClient.get(SESSION, Optional.of(admin.cookie())).body()));
    }

    @Test
    void a_body_that_is_not_json_is_a_bad_request() {
        HttpResponse<String> response = ParleyClient.postJson(SESSION, "{\"email\":");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(contentType(response)).startsWith("application/problem+json");
        assertThat(json(response.body()).getInt("status")).isEqualTo(400);
        assertThat(json(response.body()).getString("code")).isEqualTo("malformed_body");
        assertThat(sessionCookie(response)).isEmpty();
    }

    @Test
    void the_right_credentials_sign_the_admin_in_with_a_strict_http_only_cookie() {
        HttpResponse<String> response = ParleyClient.signIn(adminEmail(), adminPassword());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject agent = json(response.body());
        assertThat(agent.getString("id")).isNotBlank();
        assertThat(agent.getString("email")).isEqualTo(adminEmail());
        assertThat(agent.getString("name")).isNotBlank();
        assertThat(agent.getString("role")).isEqualTo("admin");
        assertThat(agent.getString("locale")).as("the account's language").isIn("en", "pl");
        assertThat(agent).doesNotContainKey("password");
        assertThat(agent.getJsonObject("limits").getInt("messageMaxLength")).isEqualTo(4_000);
        assertThat(agent.getJsonObject("limits").getJsonNumber("uploadMaxBytes").longValue())
                .isEqualTo(UploadApi.MAX_BYTES);
        assertThat(ParleyClient.sessionSetCookie(response))
                .hasValueSatisfying(cookie -> assertThat(cookie)
                        .containsIgnoringCase("; HttpOnly")
                        .containsIgnoringCase("; SameSite=Strict")
                        .contains("; Path=/")
                        .as("not Secure over plain HTTP")
                        .doesNotContainIgnoringCase("Secure;")
                        .doesNotEndWith("Secure"));
        assertThat(response.headers().allValues("Set-Cookie"))
                .as("no servlet session besides Parley's own")
                .allSatisfy(cookie -> assertThat(cookie).startsWith(ParleyClient.SESSION_COOKIE + "="));
    }

    @Test
    void a_signed_in_agent_is_recognised_until_they_sign_out() {
        AgentSession session = ParleyClient.signInAsAdmin();

        HttpResponse<String> current = ParleyClient.get(SESSION, Optional.of(session.cookie()));
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        assertThat(json(current.body())).isEqualTo(session.agent());

        HttpResponse<String> signOut = ParleyClient.delete(SESSION, session);
        assertThat(signOut.statusCode()).isEqualTo(204);

        assertProblem(ParleyClient.get(SESSION, Optional.of(session.cookie())), 401, "not_signed_in");
    }

    @Test
    void the_agent_socket_refuses_a_handshake_without_a_session() {
        assertHandshakeForbidden(Optional.empty());
    }

    @Test
    void the_agent_socket_refuses_a_handshake_after_signing_out() {
        AgentSession session = ParleyClient.signInAsAdmin();
        assertThat(ParleyClient.delete(SESSION, session).statusCode()).isEqualTo(204);

        assertHandshakeForbidden(Optional.of(session.cookie()));
    }

    @Test
    void signing_out_without_the_csrf_token_is_refused_and_the_session_lives_on() {
        AgentSession session = ParleyClient.signInAsAdmin();

        assertProblem(ParleyClient.delete(SESSION, session.cookie()), 403, "csrf_token_invalid");

        HttpResponse<String> current = ParleyClient.get(SESSION, Optional.of(session.cookie()));
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
    }

    @Test
    void signing_out_closes_the_sockets_the_session_opened() {
        AgentSession session = ParleyClient.signInAsAdmin();

        try (FrameSocket socket = FrameSocket.open("/ws/agent", Optional.of(session.cookie()))) {
            socket.send(Frames.agentHello());
            socket.next("inbox");

            HttpResponse<String> signOut = ParleyClient.delete(SESSION, session);
            assertThat(signOut.statusCode()).isEqualTo(204);
            assertThat(ParleyClient.sessionSetCookie(signOut))
                    .as("the browser is told to forget the cookie")
                    .hasValueSatisfying(cookie -> assertThat(cookie).contains("Max-Age=0"));

            assertThat(socket.closedWith(FrameSocket.PATIENCE)).hasValue("4001 signed_out");
        }
    }

    @Test
    void repeated_failed_sign_ins_are_throttled_and_then_refused_with_429() {
        String email = "nobody-" + java.util.UUID.randomUUID() + "@parley.test";
        for (int attempt = 0; attempt < 5; attempt++) {
            assertProblem(ParleyClient.signIn(email, "wrong password"), 401, "sign_in_failed");
        }

        HttpResponse<String> throttled = ParleyClient.signIn(email, "wrong password");

        assertProblem(throttled, 429, "rate_limited");
        assertThat(throttled.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isPositive());
    }

    @Test
    void a_signed_in_agent_says_hello_and_gets_their_inbox() {
        AgentSession session = ParleyClient.signInAsAdmin();

        try (FrameSocket socket = FrameSocket.open("/ws/agent", Optional.of(session.cookie()))) {
            socket.send(Frames.agentHello());
            JsonObject inbox = socket.next("inbox");

            assertThat(inbox.getJsonObject("agent").getString("id"))
                    .isEqualTo(session.agent().getString("id"));
            assertThat(inbox.getJsonObject("agent").getString("role")).isEqualTo("admin");
            assertThat(inbox.getJsonArray("tickets")).isNotNull();
            assertThat(inbox.getJsonArray("tickets").size()).isLessThanOrEqualTo(50);
        }
    }

    private static void assertHandshakeForbidden(Optional<String> cookie) {
        Throwable failure = catchThrowable(() -> FrameSocket.connect("/ws/agent", cookie)
                .get(FrameSocket.PATIENCE.toSeconds(), TimeUnit.SECONDS)
                .close());

        assertThat(failure).isInstanceOf(ExecutionException.class);
        assertThat(failure.getCause()).isInstanceOf(WebSocketHandshakeException.class);
        assertThat(((WebSocketHandshakeException) failure.getCause())
                        .getResponse()
                        .statusCode())
                .isEqualTo(403);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(contentType(response)).startsWith("application/problem+json");
        JsonObject problem = json(response.body());
        assertThat(problem.getString("code")).isEqualTo(code);
        assertThat(problem.getInt("status")).isEqualTo(status);
    }
}

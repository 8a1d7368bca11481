package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import dev.parley.server.it.ParleyClient.StartedConversation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, endpoint by endpoint and frame by frame: anonymous callers, two visitors, an agent, an admin and a
 * visitor with a forged identity. Every refusal is a problem with a stable code, and changes nothing.
 */
class AuthorizationMatrixIT {

    private AgentSession admin;
    private AgentSession agent;
    private StartedConversation visitorA;
    private StartedConversation visitorB;
    private String ticketOfA;

    /** The callers of the matrix. */
    private enum Caller {
        ANONYMOUS,
        VISITOR_A,
        VISITOR_B,
        AGENT,
        ADMIN
    }

    @BeforeEach
    void cast() {
        admin = ParleyClient.signInAsAdmin();
        String email = "matrix-" + UUID.randomUUID() + "@parley.test";
        HttpResponse<String> created = send(request(
                "POST",
                "/api/v1/agents",
                Json.createObjectBuilder()
                        .add("email", email)
                        .add("name", "Matrix Agent")
                        .add("password", "matrix-password")
                        .add("role", "agent")
                        .build()
                        .toString(),
                Caller.ADMIN));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> signedIn = ParleyClient.signIn(email, "matrix-password");
        agent = new AgentSession(ParleyClient.sessionCookie(signedIn).orElseThrow(), json(signedIn.body()));
        visitorA = ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("A asks"));
        visitorB = ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("B asks"));
        HttpResponse<String> list = send(request(
                "GET",
                "/api/v1/tickets?q="
                        + java.net.URLEncoder.encode(
                                visitorA.thread().get(1).getString("text"), java.nio.charset.StandardCharsets.UTF_8),
                null,
                Caller.ADMIN));
        ticketOfA = json(list.body()).getJsonArray("tickets").getJsonObject(0).getString("id");
    }

    @Test
    void the_rest_api_answers_each_caller_as_documented() {
        List<String> mismatches = new ArrayList<>();
        String a = visitorA.conversationId();
        expect(mismatches, "GET", "/api/v1/tickets", null, row(401, 401, 401, 200, 200));
        expect(mismatches, "GET", "/api/v1/tickets/" + ticketOfA, null, row(401, 401, 401, 200, 200));
        expect(mismatches, "GET", "/api/v1/settings", null, row(401, 401, 401, 403, 200));
        expect(mismatches, "GET", "/api/v1/settings/availability", null, row(401, 401, 401, 403, 200));
        expect(mismatches, "PUT", "/api/v1/settings/behaviour", "{}", row(401, 401, 401, 403, 200));
        expect(mismatches, "GET", "/api/v1/settings/email-delivery", null, row(401, 401, 401, 403, 200));
        expect(mismatches, "GET", "/api/v1/webhooks", null, row(401, 401, 401, 403, 200));
        expect(mismatches, "POST", "/api/v1/webhooks", "{}", row(401, 401, 401, 403, 400));
        expect(mismatches, "GET", "/api/v1/settings/handoff", null, row(401, 401, 401, 403, 200));
        expect(mismatches, "PUT", "/api/v1/settings/handoff/zendesk", "{}", row(401, 401, 401, 403, 400));
        expect(mismatches, "DELETE", "/api/v1/settings/handoff/gorgias", null, row(401, 401, 401, 403, 204));
        expect(mismatches, "POST", "/api/v1/settings/handoff/gorgias/test", null, row(401, 401, 401, 403, 400));
        // No mail server listens while this test runs: the admin's test email is refused by the server, not by Parley.
        expect(mismatches, "POST", "/api/v1/settings/email-delivery/test", null, row(401, 401, 401, 403, 502));
        expect(mismatches, "GET", "/api/v1/settings/assistant", null, row(401, 401, 401, 403, 200));
        expect(mismatches, "PUT", "/api/v1/settings/assistant", "{}", row(401, 401, 401, 403, 200));
        expect(mismatches, "GET", "/api/v1/assistant/conversations", null, row(401, 401, 401, 403, 200));
        expect(
                mismatches,
                "GET",
                "/api/v1/assistant/conversations/" + java.util.UUID.randomUUID(),
                null,
                row(401, 401, 401, 403, 404));
        expect(mismatches, "GET", "/api/v1/agents", null, row(401, 401, 401, 200, 200));
        expect(mismatches, "POST", "/api/v1/agents", "{}", row(401, 401, 401, 403, 400));
        expect(mismatches, "PATCH", "/api/v1/agents/me", "{\"locale\":\"en\"}", row(401, 401, 401, 200, 200));
        expect(mismatches, "GET", "/api/v1/macros", null, row(401, 401, 401, 200, 200));
        expect(mismatches, "GET", "/api/v1/macros/variables", null, row(401, 401, 401, 200, 200));
        expect(mismatches, "POST", "/api/v1/macros", "{}", row(401, 401, 401, 403, 400));
        expect(mismatches, "GET", "/api/v1/tickets/" + ticketOfA + "/macros", null, row(401, 401, 401, 200, 200));
        String noTag = UUID.randomUUID().toString();
        expect(mismatches, "GET", "/api/v1/tags", null, row(401, 401, 401, 200, 200));
        expect(mismatches, "POST", "/api/v1/tags", "{}", row(401, 401, 401, 403, 400));
        expect(mismatches, "PUT", "/api/v1/tags/" + noTag, "{}", row(401, 401, 401, 403, 400));
        expect(mismatches, "DELETE", "/api/v1/tags/" + noTag, null, row(401, 401, 401, 403, 404));
        expect(mismatches, "POST", "/api/v1/tickets/" + ticketOfA + "/tags", "{}", row(401, 401, 401, 400, 400));
        expect(
                mismatches,
                "DELETE",
                "/api/v1/tickets/" + ticketOfA + "/tags/" + noTag,
                null,
                row(401, 401, 401, 200, 200));
        expect(mismatches, "GET", "/api/v1/views", null, row(401, 401, 401, 200, 200));
        expect(mismatches, "POST", "/api/v1/views", "{}", row(401, 401, 401, 400, 400));
        expect(mismatches, "PUT", "/api/v1/views/" + noTag, "{}", row(401, 401, 401, 400, 400));
        expect(mismatches, "DELETE", "/api/v1/views/" + noTag, null, row(401, 401, 401, 404, 404));
        String noArticle = "/api/v1/knowledge/articles/" + UUID.randomUUID();
        expect(mismatches, "GET", "/api/v1/knowledge/articles", null, row(401, 401, 401, 403, 200));
        expect(mismatches, "POST", "/api/v1/knowledge/articles", "{}", row(401, 401, 401, 403, 400));
        expect(mismatches, "GET", noArticle, null, row(401, 401, 401, 403, 404));
        expect(mismatches, "PUT", noArticle, "{}", row(401, 401, 401, 403, 400));
        expect(mismatches, "DELETE", noArticle, null, row(401, 401, 401, 403, 404));
        expect(mismatches, "POST", "/api/v1/knowledge/ask", "{}", row(401, 401, 401, 403, 400));
        expect(mismatches, "POST", "/api/v1/knowledge/imports", "{}", row(401, 401, 401, 403, 400));
        expect(mismatches, "GET", "/api/v1/api-keys", null, row(401, 401, 401, 403, 200));
        expect(mismatches, "POST", "/api/v1/api-keys", "{}", row(401, 401, 401, 403, 400));
        expect(mismatches, "GET", "/api/v1/tickets/" + ticketOfA + "/profile", null, row(401, 401, 401, 200, 200));
        expect(mismatches, "PUT", "/api/v1/profiles/someone", "{}", row(401, 401, 401, 401, 401));
        expect(mismatches, "GET", "/api/v1/widget/config", null, row(200, 200, 200, 200, 200));
        expect(mismatches, "GET", "/api/v1/agent/session", null, row(401, 401, 401, 200, 200));
        expect(mismatches, "GET", "/api/v1/agent/session/probe", null, row(200, 200, 200, 200, 200));
        expect(mismatches, "GET", "/api/v1/visitor/conversations/current", null, row(401, 200, 200, 401, 401));
        expect(
                mismatches,
                "GET",
                "/api/v1/visitor/conversations/" + a + "/messages",
                null,
                row(401, 200, 404, 401, 401));
        // A's conversation is still open: A is told so, B is told it does not exist, nobody else gets in.
        expect(
                mismatches,
                "POST",
                "/api/v1/visitor/conversations/" + a + "/transcript",
                "{\"email\":\"anna@example.com\"}",
                row(401, 409, 404, 401, 401));

        assertThat(mismatches).isEmpty();
    }

    @Test
    void refused_state_changes_leave_everything_as_it_was() {
        JsonObject before = ticket();

        for (Caller caller : List.of(Caller.ANONYMOUS, Caller.VISITOR_A, Caller.VISITOR_B)) {
            HttpResponse<String> close = send(request("POST", "/api/v1/tickets/" + ticketOfA + "/close", null, caller));
            assertThat(close.statusCode())
                    .as("%s closing: %s", caller, close.body())
                    .isEqualTo(401);
        }
        HttpResponse<String> endByB = send(request(
                "POST", "/api/v1/visitor/conversations/" + visitorA.conversationId() + "/end", null, Caller.VISITOR_B));
        assertThat(endByB.statusCode()).as(endByB.body()).isEqualTo(404);
        assertThat(json(endByB.body()).getString("code")).isEqualTo("conversation_not_found");
        HttpResponse<String> withoutCsrf =
                send(HttpRequest.newBuilder(ParleyClient.uri("/api/v1/tickets/" + ticketOfA + "/close"))
                        .header("Cookie", agent.cookie())
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(withoutCsrf.statusCode()).isEqualTo(403);
        HttpResponse<String> localeWithoutCsrf = send(HttpRequest.newBuilder(ParleyClient.uri("/api/v1/agents/me"))
                .header("Cookie", agent.cookie())
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"locale\":\"pl\"}")));
        assertThat(localeWithoutCsrf.statusCode()).as(localeWithoutCsrf.body()).isEqualTo(403);
        assertThat(json(localeWithoutCsrf.body()).getString("code")).isEqualTo("csrf_token_invalid");
        HttpResponse<String> agentSettings =
                send(request("PUT", "/api/v1/settings/behaviour", "{\"welcomeMessage\":\"Taken over\"}", Caller.AGENT));
        assertThat(agentSettings.statusCode()).isEqualTo(403);

        assertThat(ticket()).isEqualTo(before);
        HttpResponse<String> session = send(request("GET", "/api/v1/agent/session", null, Caller.AGENT));
        assertThat(json(session.body()).getString("locale"))
                .as("the account's language")
                .isEqualTo("en");
        assertThat(SettingsApi.widgetConfig().getString("welcomeMessage")).isNotEqualTo("Taken over");
        assertThat(Frames.seqs(ParleyClient.threadAsVisitor(visitorA.token(), visitorA.conversationId())))
                .containsExactly(1L, 2L);
    }

    @Test
    void a_visitor_reaches_no_other_visitors_conversation_with_any_frame() {
        String theirs = visitorA.conversationId();
        try (FrameSocket b = FrameSocket.open("/ws/visitor", Optional.empty())) {
            b.send(Frames.visitorHello(visitorB.token(), visitorB.conversationId(), 2));
            b.next("ready");
            List<JsonObject> attempts = List.of(
                    Frames.send(Frames.newClientMessageId(), "Let me in", theirs),
                    Json.createObjectBuilder()
                            .add("type", "end")
                            .add("conversationId", theirs)
                            .build(),
                    Json.createObjectBuilder()
                            .add("type", "seen")
                            .add("conversationId", theirs)
                            .add("seq", 2)
                            .build(),
                    Json.createObjectBuilder()
                            .add("type", "typing")
                            .add("conversationId", theirs)
                            .build());
            for (JsonObject attempt : attempts) {
                b.send(attempt);
                assertThat(b.next("error").getString("code")).as("%s", attempt).isEqualTo("conversation_not_found");
            }
            for (String agentOnly : List.of("open", "close")) {
                b.send(Json.createObjectBuilder()
                        .add("type", agentOnly)
                        .add("conversationId", theirs)
                        .build());
                assertThat(b.next("error").getString("code")).as(agentOnly).isEqualTo("unknown_type");
            }
        }
        assertThat(Frames.seqs(ParleyClient.threadAsVisitor(visitorA.token(), theirs)))
                .containsExactly(1L, 2L);
        assertThat(ticket().getString("status")).isEqualTo("open");
    }

    @Test
    void a_forged_identity_is_refused_everywhere_and_creates_nothing() {
        HttpResponse<String> session = ParleyClient.postJson(
                "/api/v1/visitor/session", "{\"userId\":\"customer-42\",\"userHash\":\"" + "ab".repeat(32) + "\"}");
        assertThat(session.statusCode()).as(session.body()).isEqualTo(403);
        assertThat(json(session.body()).getString("code")).isEqualTo("identity_rejected");

        try (FrameSocket forged = FrameSocket.open("/ws/visitor", Optional.empty())) {
            forged.send(Json.createObjectBuilder()
                    .add("type", "hello")
                    .add("userId", "customer-42")
                    .add("userHash", "cd".repeat(32))
                    .build());
            assertThat(forged.next("error").getString("code")).isEqualTo("identity_rejected");
            forged.send(Frames.send(Frames.newClientMessageId(), "Hello as someone else"));
            assertThat(forged.next("error").getString("code")).isEqualTo("not_ready");
        }
    }

    private JsonObject ticket() {
        HttpResponse<String> response = send(request("GET", "/api/v1/tickets/" + ticketOfA, null, Caller.ADMIN));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body()).getJsonObject("ticket");
    }

    private static int[] row(int anonymous, int visitorA, int visitorB, int agent, int admin) {
        return new int[] {anonymous, visitorA, visitorB, agent, admin};
    }

    @SuppressWarnings("EnumOrdinal") // the columns of statuses follow the order in which Caller declares the callers
    private void expect(List<String> mismatches, String method, String path, String body, int[] statuses) {
        for (Caller caller : Caller.values()) {
            HttpResponse<String> response = send(request(method, path, body, caller));
            int expected = statuses[caller.ordinal()];
            if (response.statusCode() != expected) {
                mismatches.add(method + " " + path + " as " + caller + ": expected " + expected + ", got "
                        + response.statusCode() + " " + response.body());
            } else if (expected >= 400) {
                assertThat(ParleyClient.contentType(response))
                        .as("%s %s as %s", method, path, caller)
                        .startsWith("application/problem+json");
            }
        }
    }

    private HttpRequest.Builder request(String method, String path, String body, Caller caller) {
        HttpRequest.Builder request = HttpRequest.newBuilder(ParleyClient.uri(path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        Function<AgentSession, HttpRequest.Builder> asAgent =
                session -> request.header("Cookie", session.cookie()).header("X-Parley-CSRF", session.csrfToken());
        return switch (caller) {
            case ANONYMOUS -> request;
            case VISITOR_A -> request.header("Authorization", "Bearer " + visitorA.token());
            case VISITOR_B -> request.header("Authorization", "Bearer " + visitorB.token());
            case AGENT -> asAgent.apply(agent);
            case ADMIN -> asAgent.apply(admin);
        };
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
}

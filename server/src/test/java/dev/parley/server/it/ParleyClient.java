package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The running Parley the integration tests talk to, over plain HTTP: where it is, who may sign in, and a few
 * requests most tests need. The server is named by system properties (see the failsafe configuration in
 * {@code server/pom.xml}); the defaults fit a server started with {@code liberty:run}.
 */
final class ParleyClient {

    /** The name of the agent's session cookie. */
    static final String SESSION_COOKIE = "PARLEY_SESSION";

    /**
     * The header in which a reverse proxy names the client's address. The servers under test trust loopback as a proxy
     * ({@code PARLEY_TRUSTED_PROXIES} in the IT env files), so the address named here is the one Parley counts.
     */
    static final String FORWARDED_FOR = "X-Forwarded-For";

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private ParleyClient() {}

    /** The node this thread talks to for now, when not the test server ({@link #on}). */
    private static final ThreadLocal<String> NODE = new ThreadLocal<>();

    /**
     * Runs {@code calls} against another server (a node of a cluster): every request and socket this thread opens
     * meanwhile goes there.
     */
    static <T> T on(String base, java.util.function.Supplier<T> calls) {
        String before = NODE.get();
        NODE.set(base);
        try {
            return calls.get();
        } finally {
            if (before == null) {
                NODE.remove();
            } else {
                NODE.set(before);
            }
        }
    }

    /** The server's base URL without a trailing slash, e.g. {@code http://localhost:9080}. */
    static String baseUrl() {
        String base =
                NODE.get() != null ? NODE.get() : System.getProperty("parley.it.baseUrl", "http://localhost:9080");
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    static URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    /** The WebSocket address of an endpoint, e.g. {@code ws://localhost:9080/ws/visitor}. */
    static URI webSocketUri(String path) {
        return URI.create(baseUrl().replaceFirst("^http", "ws") + path);
    }

    static String adminEmail() {
        return System.getProperty("parley.it.admin.email", "admin@parley.local");
    }

    static String adminPassword() {
        return System.getProperty("parley.it.admin.password", "parley-admin");
    }

    static HttpClient http() {
        return HTTP;
    }

    static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    static HttpResponse<String> get(String path, Optional<String> sessionCookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        sessionCookie.ifPresent(cookie -> request.header("Cookie", cookie));
        return send(request);
    }

    static HttpResponse<String> delete(String path, String sessionCookie) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE().header("Cookie", sessionCookie));
    }

    static HttpResponse<String> delete(String path, AgentSession session) {
        return send(HttpRequest.newBuilder(uri(path))
                .DELETE()
                .header("Cookie", session.cookie())
                .header("X-Parley-CSRF", session.csrfToken()));
    }

    /**
     * A request as a signed-in agent would send it: the method, a JSON body unless null, the session cookie and the
     * CSRF token unless null.
     */
    static HttpResponse<String> send(String method, String path, String jsonBody, String cookie, String csrfToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(
                        method,
                        jsonBody == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (csrfToken != null) {
            request.header("X-Parley-CSRF", csrfToken);
        }
        return send(request);
    }

    /**
     * A client address of its own for one test client (a request here, a socket in {@link FrameSocket}), in
     * 10.0.0.0/8: tests do not share their per-address limits, unless a test names one address on purpose.
     */
    static String newClientAddress() {
        int host = ThreadLocalRandom.current().nextInt(1, 1 << 24);
        return "10." + (host >>> 16) + "." + ((host >>> 8) & 0xff) + "." + (host & 0xff);
    }

    /** A {@code POST} of a JSON body (none when empty) as a client at {@code clientAddress} sends it. */
    static HttpResponse<String> postJsonFrom(String clientAddress, String path, String body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header(FORWARDED_FOR, clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static HttpResponse<String> postJson(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Tries to sign in, whatever the outcome. */
    static HttpResponse<String> signIn(String email, String password) {
        return postJson(
                "/api/v1/agent/session",
                Json.createObjectBuilder()
                        .add("email", email)
                        .add("password", password)
                        .build()
                        .toString());
    }

    /** Signs the configured admin in and returns their session; fails the test if that does not work. */
    static AgentSession signInAsAdmin() {
        HttpResponse<String> response = signIn(adminEmail(), adminPassword());
        assertThat(response.statusCode())
                .as("sign-in of %s: %s", adminEmail(), response.body())
                .isEqualTo(200);
        String cookie = sessionCookie(response)
                .orElseThrow(() -> new AssertionError("The sign-in set no " + SESSION_COOKIE + " cookie: "
                        + response.headers().allValues("Set-Cookie")));
        return new AgentSession(cookie, json(response.body()));
    }

    /** The full {@code Set-Cookie} header that sets the session cookie, if the response has one. */
    static Optional<String> sessionSetCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(SESSION_COOKIE + "="))
                .findFirst();
    }

    /** The session cookie as a {@code Cookie} header value ({@code PARLEY_SESSION=…}), if the response sets one. */
    static Optional<String> sessionCookie(HttpResponse<?> response) {
        return sessionSetCookie(response).map(header -> header.split(";", 2)[0].trim());
    }

    static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (RuntimeException notAnObject) {
            throw new AssertionError("Expected a JSON object but got: " + text, notAnObject);
        }
    }

    static JsonArray jsonArray(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readArray();
        } catch (RuntimeException notAnArray) {
            throw new AssertionError("Expected a JSON array but got: " + text, notAnArray);
        }
    }

    /** Asserts that the answer is a problem document with this status and code, and a detail for people. */
    static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(contentType(response)).startsWith("application/problem+json");
        JsonObject problem = json(response.body());
        assertThat(problem.getString("code")).as(response.body()).isEqualTo(code);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("detail")).isNotBlank();
    }

    static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** A {@code GET} by a visitor of the visitor REST API, with their token as the bearer (none when null). */
    static HttpResponse<String> getAsVisitor(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    /** A {@code POST} by a visitor of the visitor REST API: a JSON body unless null, the token unless null. */
    static HttpResponse<String> postAsVisitor(String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    /** Sends the request, from a client address of its own unless it names one. */
    private static HttpResponse<String> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.timeout(REQUEST_TIMEOUT).build();
        if (request.headers().firstValue(FORWARDED_FOR).isEmpty()) {
            request = HttpRequest.newBuilder(request, (name, value) -> true)
                    .header(FORWARDED_FOR, newClientAddress())
                    .build();
        }
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new UncheckedIOException("No answer from Parley at " + baseUrl(), failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /**
     * A signed-in agent.
     *
     * @param cookie the {@code Cookie} header value that carries the session
     * @param agent the agent as the sign-in answered it: id, email, name, role
     */
    record AgentSession(String cookie, JsonObject agent) {

        String csrfToken() {
            return agent.getString("csrfToken");
        }

        /**
         * This session after the server rotated it (a password or role change): the new cookie and the new CSRF token
         * the answer carried; fails the test if it carried neither.
         */
        AgentSession rotatedBy(HttpResponse<?> answer) {
            String newCookie = sessionCookie(answer)
                    .orElseThrow(() -> new AssertionError("The answer set no new " + SESSION_COOKIE + " cookie"));
            String newCsrf = answer.headers()
                    .firstValue("X-Parley-CSRF")
                    .orElseThrow(() -> new AssertionError("The answer gave no new CSRF token"));
            return new AgentSession(
                    newCookie,
                    Json.createObjectBuilder(agent).add("csrfToken", newCsrf).build());
        }

        String id() {
            return agent.getString("id");
        }

        String name() {
            return agent.getString("name");
        }

        /** Opens {@code /ws/agent} with this session and says hello; the {@code inbox} frame has been taken. */
        FrameSocket openInbox() {
            FrameSocket socket = FrameSocket.open("/ws/agent", Optional.of(cookie));
            socket.send(Frames.agentHello());
            JsonObject inbox = socket.next("inbox");
            assertThat(inbox.getJsonObject("agent").getString("id")).isEqualTo(id());
            return socket;
        }
    }

    /**
     * A visitor who started a conversation.
     *
     * @param token the visitor's token
     * @param conversationId their conversation
     * @param thread the messages of the conversation as the visitor received them, in order
     */
    record StartedConversation(String token, String conversationId, List<JsonObject> thread) {}

    /**
     * A new visitor says hello and writes their first message; waits for the ack and both messages (the welcome and
     * theirs), then hangs up.
     */
    static StartedConversation startConversation(String clientMessageId, String text) {
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello());
            String token = visitor.next("ready").getString("token");
            visitor.send(Frames.send(clientMessageId, text));
            JsonObject ack = visitor.next("ack");
            assertThat(ack.getJsonNumber("seq").longValue()).isEqualTo(2);
            List<JsonObject> thread = visitor.nextMessages(2);
            return new StartedConversation(token, ack.getString("conversationId"), thread);
        }
    }

    /**
     * Reconnects as a visitor and asks for their whole conversation ({@code afterSeq} 0): every message up to the
     * {@code lastSeq} the server reports, and then nothing more.
     */
    static List<JsonObject> threadAsVisitor(String token, String conversationId) {
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello(token, conversationId, 0));
            JsonObject ready = visitor.next("ready");
            assertThat(Frames.absentOrNull(ready, "conversation"))
                    .as("ready names the conversation: %s", ready)
                    .isFalse();
            JsonObject conversation = ready.getJsonObject("conversation");
            assertThat(conversation.getString("id")).isEqualTo(conversationId);
            int lastSeq = conversation.getJsonNumber("lastSeq").intValue();
            List<JsonObject> thread = visitor.nextMessages(lastSeq);
            visitor.noFrameWithin(FrameSocket.QUIET, "message", frame -> true);
            return thread;
        }
    }
}

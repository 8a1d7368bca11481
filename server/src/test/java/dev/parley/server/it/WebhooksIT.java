package dev.parley.server.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.parley.server.it.ParleyClient.assertProblem;
import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outgoing webhooks end to end: an admin registers a receiver (WireMock on loopback, which the test servers may reach
 * because their operator allows http and private addresses, PARLEY_WEBHOOKS_* in it-h2.env and it-postgresql.env),
 * and what happens in the chat and the inbox reaches it signed in the Standard Webhooks format. Each signature is
 * recomputed here over the raw bytes received with the secret shown at registration, and checked with the documented
 * Node example too. Retries keep the id (the test servers wait 1 s, then 2 s), rotation signs with both secrets, and
 * every refusal stores nothing.
 */
class WebhooksIT {

    private static final String WEBHOOKS = "/api/v1/webhooks";

    private final WireMockServer receiver =
            new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private final List<String> endpointIds = new ArrayList<>();
    private AgentSession admin;

    @BeforeEach
    void start() {
        receiver.start();
        receiver.stubFor(post(urlEqualTo("/in")).willReturn(aResponse().withStatus(204)));
        admin = ParleyClient.signInAsAdmin();
    }

    @AfterEach
    void stop() {
        endpointIds.forEach(
                id -> ParleyClient.send("DELETE", WEBHOOKS + "/" + id, null, admin.cookie(), admin.csrfToken()));
        receiver.stop();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + receiver.port() + path;
    }

    private HttpResponse<String> call(String method, String path, String body) {
        return ParleyClient.send(method, path, body, admin.cookie(), admin.csrfToken());
    }

    private static String body(String url, String... types) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (String type : types) {
            list.add(type);
        }
        return Json.createObjectBuilder()
                .add("url", url)
                .add("description", "Shop backend")
                .add("types", list)
                .build()
                .toString();
    }

    /** Registers an endpoint; answers it as registered, with its secret. */
    private JsonObject register(String path, String... types) {
        HttpResponse<String> created = call("POST", WEBHOOKS, body(url(path), types));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        JsonObject endpoint = json(created.body());
        endpointIds.add(endpoint.getString("id"));
        return endpoint;
    }

    private int endpointCount() {
        HttpResponse<String> overview = call("GET", WEBHOOKS, null);
        assertThat(overview.statusCode()).isEqualTo(200);
        return json(overview.body()).getJsonArray("webhooks").size();
    }

    /** The requests received whose body contains this text, once at least {@code count} arrived (within 20 s). */
    private List<LoggedRequest> received(String text, int count) throws InterruptedException {
        return received(request -> request.getBodyAsString().contains(text), text, count);
    }

    /** The attempts of the event with this {@code webhook-id}, once at least {@code count} arrived (within 20 s). */
    private List<LoggedRequest> attemptsOf(String eventId, int count) throws InterruptedException {
        return received(request -> eventId.equals(request.getHeader("webhook-id")), eventId, count);
    }

    private List<LoggedRequest> received(Predicate<LoggedRequest> about, String text, int count)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        List<LoggedRequest> found = List.of();
        while (System.nanoTime() < deadline) {
            // WireMock lists the newest first.
            List<LoggedRequest> newestFirst = new ArrayList<>(receiver.getAllServeEvents().stream()
                    .map(event -> event.getRequest())
                    .filter(about)
                    .toList());
            java.util.Collections.reverse(newestFirst);
            found = newestFirst;
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Expected " + count + " requests about " + text + " within 20 s, got " + found.size());
    }

    /** Whether one of the request's signatures is the HMAC-SHA256 of "id.timestamp.body", by this secret. */
    static boolean signedBy(LoggedRequest request, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        mac.update((request.getHeader("webhook-id") + "." + request.getHeader("webhook-timestamp") + ".")
                .getBytes(StandardCharsets.UTF_8));
        String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(request.getBody()));
        return Set.of(request.getHeader("webhook-signature").split(" ")).contains(expected);
    }

    @Test
    void a_visitors_message_reaches_the_receiver_signed_and_a_failing_receiver_gets_every_attempt_with_the_same_id()
            throws Exception {
        String text = Frames.uniqueText("Where is my parcel?");
        // The visitor's message fails twice, then arrives; every other event (the welcome) arrives at once.
        receiver.stubFor(
                post(urlEqualTo("/flaky")).atPriority(10).willReturn(aResponse().withStatus(204)));
        receiver.stubFor(post(urlEqualTo("/flaky"))
                .withRequestBody(containing(text))
                .inScenario("flaky")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("failed once"));
        receiver.stubFor(post(urlEqualTo("/flaky"))
                .withRequestBody(containing(text))
                .inScenario("flaky")
                .whenScenarioStateIs("failed once")
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("failed twice"));
        receiver.stubFor(post(urlEqualTo("/flaky"))
                .withRequestBody(containing(text))
                .inScenario("flaky")
                .whenScenarioStateIs("failed twice")
                .willReturn(aResponse().withStatus(200)));
        JsonObject endpoint = register("/flaky", "message.created");
        String secret = endpoint.getString("secret");
        assertThat(secret).startsWith("whsec_");

        ParleyClient.StartedConversation started = ParleyClient.startConversation(Frames.newClientMessageId(), text);

        List<LoggedRequest> attempts = received(text, 3);
        assertThat(attempts).hasSize(3);
        for (LoggedRequest attempt : attempts) {
            assertThat(attempt.getHeader("webhook-id"))
                    .isEqualTo(attempts.get(0).getHeader("webhook-id"));
            assertThat(attempt.getBody()).isEqualTo(attempts.get(0).getBody());
            assertThat(signedBy(attempt, secret))
                    .as("signed with the secret shown at registration")
                    .isTrue();
            assertThat(WebhookExamples.nodeVerifies(attempt, secret))
                    .as("the documented Node example agrees")
                    .isTrue();
            assertThat(WebhookExamples.javaVerifies(attempt, secret))
                    .as("the documented Java example agrees")
                    .isTrue();
        }
        assertThat(attempts.stream().map(a -> a.getHeader("webhook-timestamp")).collect(Collectors.toSet()))
                .hasSize(3);
        JsonObject event = json(attempts.get(0).getBodyAsString());
        assertThat(event.getString("type")).isEqualTo("message.created");
        JsonObject data = event.getJsonObject("data");
        assertThat(data.getString("conversationId")).isEqualTo(started.conversationId());
        assertThat(data.getJsonNumber("seq").longValue()).isEqualTo(2);
        assertThat(data.getString("author")).isEqualTo("visitor");
        assertThat(data.getString("text")).isEqualTo(text);
        assertThat(WebhookExamples.nodeVerifies(
                        attempts.get(0), "whsec_" + Base64.getEncoder().encodeToString(new byte[32])))
                .as("the Node example refuses another secret")
                .isFalse();

        HttpResponse<String> log = call("GET", WEBHOOKS + "/" + endpoint.getString("id") + "/deliveries", null);
        JsonObject delivered = json(log.body()).getJsonArray("deliveries").stream()
                .map(JsonObject.class::cast)
                .filter(d -> d.getString("eventId").equals(attempts.get(0).getHeader("webhook-id")))
                .findFirst()
                .orElseThrow();
        assertThat(delivered.getString("status")).isEqualTo("delivered");
        assertThat(delivered.getInt("attempts")).isEqualTo(3);
        assertThat(delivered.getInt("responseStatus")).isEqualTo(200);
    }

    @Test
    void a_hundred_fast_replies_give_a_hundred_events_with_distinct_ids_in_sequence_order_per_conversation()
            throws Exception {
        register("/in", "message.created");
        String text = Frames.uniqueText("first");
        ParleyClient.StartedConversation started = ParleyClient.startConversation(Frames.newClientMessageId(), text);
        String marker = Frames.uniqueText("burst");
        try (FrameSocket inbox = admin.openInbox()) {
            for (int i = 0; i < 100; i++) {
                inbox.send(Frames.send(Frames.newClientMessageId(), marker + " #" + i, started.conversationId()));
            }
            for (int i = 0; i < 100; i++) {
                inbox.next("ack");
            }
        }

        List<LoggedRequest> events = received(marker, 100);
        assertThat(events).hasSize(100);
        assertThat(events.stream().map(e -> e.getHeader("webhook-id")).collect(Collectors.toSet()))
                .hasSize(100);
        Set<Long> seqs = new HashSet<>();
        for (LoggedRequest event : events) {
            JsonObject data = json(event.getBodyAsString()).getJsonObject("data");
            assertThat(data.getString("author")).isEqualTo("agent");
            assertThat(data.getString("agentId")).isEqualTo(admin.id());
            seqs.add(data.getJsonNumber("seq").longValue());
        }
        assertThat(seqs).as("each message once, by its sequence number").hasSize(100);
    }

    @Test
    void ticket_events_follow_the_ticket_from_its_opening_to_its_close() throws Exception {
        register("/in", "ticket.created", "ticket.assigned", "ticket.status_changed");
        String text = Frames.uniqueText("Ticket events");
        ParleyClient.StartedConversation started = ParleyClient.startConversation(Frames.newClientMessageId(), text);
        String conversation = started.conversationId();
        HttpResponse<String> list =
                call("GET", "/api/v1/tickets?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8), null);
        String ticket =
                json(list.body()).getJsonArray("tickets").getJsonObject(0).getString("id");
        assertThat(call("POST", "/api/v1/tickets/" + ticket + "/assign", "{\"assigneeId\":\"" + admin.id() + "\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(call("POST", "/api/v1/tickets/" + ticket + "/close", "").statusCode())
                .isEqualTo(200);

        List<LoggedRequest> events = received(conversation, 3);
        assertThat(events)
                .extracting(e -> json(e.getBodyAsString()).getString("type"))
                .containsExactly("ticket.created", "ticket.assigned", "ticket.status_changed");
        JsonObject closed = json(events.get(2).getBodyAsString()).getJsonObject("data");
        assertThat(closed.getString("ticketId")).isEqualTo(ticket);
        assertThat(closed.getString("previousStatus")).isEqualTo("open");
        assertThat(closed.getString("status")).isEqualTo("closed");
        assertThat(json(events.get(1).getBodyAsString()).getJsonObject("data").getString("assigneeId"))
                .isEqualTo(admin.id());
    }

    @Test
    void after_a_rotation_both_secrets_sign_and_the_secret_is_never_shown_again() throws Exception {
        ServerLogs.Mark mark = ServerLogs.mark();
        JsonObject endpoint = register("/in", "message.created");
        String first = endpoint.getString("secret");
        HttpResponse<String> rotated = call("POST", WEBHOOKS + "/" + endpoint.getString("id") + "/secret", "");
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        String second = json(rotated.body()).getString("secret");
        assertThat(second).startsWith("whsec_").isNotEqualTo(first);
        assertThat(json(rotated.body()).getString("previousSecretUntil")).isNotBlank();

        String text = Frames.uniqueText("rotation");
        ParleyClient.startConversation(Frames.newClientMessageId(), text);
        LoggedRequest request = received(text, 1).get(0);

        assertThat(request.getHeader("webhook-signature").split(" ")).hasSize(2);
        assertThat(signedBy(request, first)).isTrue();
        assertThat(signedBy(request, second)).isTrue();
        String overview = call("GET", WEBHOOKS, null).body();
        String logged = ServerLogs.messagesSince(mark);
        String audit = call("GET", "/api/v1/audit", null).body();
        for (String secret : List.of(first, second)) {
            String secretPart = secret.substring("whsec_".length());
            assertThat(overview).doesNotContain(secretPart);
            assertThat(audit).doesNotContain(secretPart);
            assertThat(logged).doesNotContain(secretPart);
        }
        assertThat(audit).contains("webhook.secret_rotated", "webhook.added");
    }

    @Test
    void a_test_event_is_sent_at_once_and_a_delivery_can_be_sent_again_with_its_id() throws Exception {
        JsonObject endpoint = register("/in", "message.created");
        String id = endpoint.getString("id");

        HttpResponse<String> tested = call("POST", WEBHOOKS + "/" + id + "/test", "");
        assertThat(tested.statusCode()).as(tested.body()).isEqualTo(200);
        JsonObject test = json(tested.body());
        assertThat(test.getString("type")).isEqualTo("webhook.test");
        assertThat(test.getString("status")).isEqualTo("delivered");
        assertThat(test.getInt("responseStatus")).isEqualTo(204);
        LoggedRequest first = attemptsOf(test.getString("eventId"), 1).get(0);
        assertThat(signedBy(first, endpoint.getString("secret"))).isTrue();

        HttpResponse<String> again =
                call("POST", WEBHOOKS + "/" + id + "/deliveries/" + test.getString("id") + "/redeliver", "");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        List<LoggedRequest> both = attemptsOf(test.getString("eventId"), 2);
        assertThat(both.get(1).getHeader("webhook-id")).isEqualTo(first.getHeader("webhook-id"));
        assertThat(both.get(1).getBody()).isEqualTo(first.getBody());
    }

    @Test
    void refused_endpoints_are_stored_nowhere_and_say_why() {
        int before = endpointCount();
        Map<String, String> refused = Map.of(
                body("https://user:secret@hooks.example.com/in", "message.created"), "invalid_webhook_url",
                body("ftp://hooks.example.com/in", "message.created"), "invalid_webhook_url",
                body("https://169.254.169.254/latest/meta-data", "message.created"), "webhook_address_refused",
                body("http://[::ffff:169.254.169.254]/in", "message.created"), "webhook_address_refused",
                body("https://hooks.example.com/in#x", "message.created"), "invalid_webhook_url",
                body("https://hooks.example.com/in", "ticket.deleted"), "unknown_event_type",
                body("https://hooks.example.com/in"), "event_types_missing",
                body("https://hooks.example.com/" + "a".repeat(2000), "message.created"), "invalid_webhook_url");
        refused.forEach((request, code) -> assertProblem(call("POST", WEBHOOKS, request), 400, code));
        assertProblem(call("POST", WEBHOOKS, "{\"types\":[\"message.created\"]}"), 400, "missing_field");
        assertProblem(call("POST", WEBHOOKS, "[".repeat(200) + "]".repeat(200)), 400, "malformed_body");

        assertThat(endpointCount()).isEqualTo(before);
        assertProblem(
                call("PUT", WEBHOOKS + "/not-an-id", body(url("/in"), "message.created")), 404, "webhook_not_found");
        assertProblem(
                call("POST", WEBHOOKS + "/" + java.util.UUID.randomUUID() + "/test", ""), 404, "webhook_not_found");
    }

    @Test
    void a_store_has_at_most_the_documented_number_of_endpoints() {
        int max = json(call("GET", WEBHOOKS, null).body()).getInt("maxEndpoints");
        assertThat(max).isEqualTo(20);
        while (endpointCount() < max) {
            register("/in", "ticket.created");
        }

        assertProblem(call("POST", WEBHOOKS, body(url("/in"), "ticket.created")), 409, "webhook_limit_reached");
        assertThat(endpointCount()).isEqualTo(max);
    }

    @Test
    void only_admins_may_see_or_change_webhooks() {
        JsonObject endpoint = register("/in", "message.created");
        AgentSession agent = newAgent();
        String id = endpoint.getString("id");

        assertProblem(ParleyClient.send("GET", WEBHOOKS, null, agent.cookie(), agent.csrfToken()), 403, "admins_only");
        assertProblem(
                ParleyClient.send("POST", WEBHOOKS + "/" + id + "/secret", "", agent.cookie(), agent.csrfToken()),
                403,
                "admins_only");
        assertProblem(ParleyClient.get(WEBHOOKS, Optional.empty()), 401, "not_signed_in");
        assertThat(json(call("GET", WEBHOOKS, null).body())
                        .getJsonArray("webhooks")
                        .toString())
                .contains(id);
    }

    private AgentSession newAgent() {
        String email = TeamFixture.uniqueEmail();
        HttpResponse<String> created = call(
                "POST", TeamFixture.AGENTS, TeamFixture.memberBody(email, "Webhooks IT", "webhooks-password", "agent"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return TeamFixture.signIn(
                new TeamFixture.Member(json(created.body()).getString("id"), email, "webhooks-password"));
    }
}

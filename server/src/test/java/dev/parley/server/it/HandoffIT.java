package dev.parley.server.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With the AI agent's handoff going to Zendesk or Gorgias, a conversation it cannot resolve becomes one ticket there,
 * with the transcript, the visitor's address (asked for when Parley has none) and the helpdesk's authentication; a
 * failing helpdesk is retried with the same key, its {@code Retry-After} honoured, and an outage beyond every attempt
 * falls back to a ticket in Parley's inbox. Both helpdesks are WireMock on {@value #PORT}, where the server's
 * configuration points them (src/test/liberty/it-*.env: 3 attempts, 1 s apart).
 */
class HandoffIT {

    /** Must match PARLEY_HANDOFF_ZENDESK_URL and PARLEY_HANDOFF_GORGIAS_URL in src/test/liberty/it-*.env. */
    static final int PORT = 9191;

    private static final String CLIENT_SECRET = "zendesk-client-secret-8d1f";
    private static final String API_KEY = "gorgias-api-key-51c0";
    private static final String TICKETS = "/zendesk/northwind/api/v2/tickets.json";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static WireMockServer helpdesks;
    private AgentSession admin;
    private JsonObject before;

    @BeforeAll
    static void startTheHelpdesks() {
        helpdesks = new WireMockServer(options().port(PORT).bindAddress("127.0.0.1"));
        helpdesks.start();
    }

    @AfterAll
    static void stopTheHelpdesks() {
        if (helpdesks != null) {
            helpdesks.stop();
        }
    }

    @BeforeEach
    void theStoreConnectsItsHelpdesks() {
        helpdesks.resetAll();
        helpdesks.stubFor(post("/zendesk/northwind/oauth/tokens")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"zd-token-1\",\"token_type\":\"bearer\",\"expires_in\":1800}")));
        admin = ParleyClient.signInAsAdmin();
        before = SettingsApi.read(admin);
        assertThat(put("zendesk", zendesk("northwind", CLIENT_SECRET)).statusCode())
                .isEqualTo(200);
        assertThat(put("gorgias", gorgias("northwind", API_KEY)).statusCode()).isEqualTo(200);
        SettingsApi.update(
                admin,
                Json.createObjectBuilder()
                        .add(
                                "faqs",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("question", "How long does shipping take?")
                                                .add("answer", "We ship every order within 2 working days.")
                                                .add("published", true)
                                                .add("language", "en")))
                        .add("enabled", true)
                        .add("handoffTarget", "zendesk")
                        .add("handoffMessage", "")
                        .build());
    }

    @AfterEach
    void restore() {
        SettingsApi.restore(admin, before);
        ParleyClient.delete("/api/v1/settings/handoff/zendesk", admin);
        ParleyClient.delete("/api/v1/settings/handoff/gorgias", admin);
    }

    @Test
    void an_admin_connects_tests_and_changes_a_helpdesk_and_never_sees_its_secret_again() {
        helpdesks.stubFor(get("/zendesk/northwind/api/v2/users/me.json")
                .willReturn(aResponse().withStatus(200).withBody("{\"user\":{\"id\":1}}")));
        helpdesks.stubFor(
                get("/gorgias/northwind/api/account").willReturn(aResponse().withStatus(401)));

        HttpResponse<String> settings = ParleyClient.get("/api/v1/settings/handoff", Optional.of(admin.cookie()));
        assertThat(settings.statusCode()).isEqualTo(200);
        assertThat(settings.body()).doesNotContain(CLIENT_SECRET).doesNotContain(API_KEY);
        JsonObject read = ParleyClient.json(settings.body());
        assertThat(read.getBoolean("secretsKeyConfigured")).isTrue();
        assertThat(read.getJsonObject("zendesk").getString("subdomain")).isEqualTo("northwind");
        assertThat(read.getJsonObject("zendesk").getBoolean("secretSet")).isTrue();

        JsonObject zendeskTest = ParleyClient.json(
                postAsAdmin("/api/v1/settings/handoff/zendesk/test").body());
        assertThat(zendeskTest.getString("outcome")).isEqualTo("connected");
        assertThat(zendeskTest.getBoolean("ok")).isTrue();
        helpdesks.verify(postRequestedFor(urlPathEqualTo("/zendesk/northwind/oauth/tokens"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath(
                        "$.client_secret", equalTo(CLIENT_SECRET))));
        JsonObject gorgiasTest = ParleyClient.json(
                postAsAdmin("/api/v1/settings/handoff/gorgias/test").body());
        assertThat(gorgiasTest.getString("outcome")).isEqualTo("unauthorized");
        assertThat(gorgiasTest.getInt("status")).isEqualTo(401);

        // A change without a secret keeps the stored one.
        HttpResponse<String> changed = put("zendesk", "{\"subdomain\":\"northwind\",\"clientId\":\"parley_renamed\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.body()).doesNotContain(CLIENT_SECRET);
        assertThat(ParleyClient.json(postAsAdmin("/api/v1/settings/handoff/zendesk/test")
                                .body())
                        .getString("outcome"))
                .isEqualTo("connected");

        // The helpdesk the AI agent hands off to cannot be disconnected.
        ParleyClient.assertProblem(
                ParleyClient.delete("/api/v1/settings/handoff/zendesk", admin), 409, "helpdesk_in_use");
        HttpResponse<String> audit = ParleyClient.get("/api/v1/audit?limit=20", Optional.of(admin.cookie()));
        assertThat(audit.body()).contains("handoff.helpdesk_connected").doesNotContain(CLIENT_SECRET);
    }

    @Test
    void every_smuggled_account_is_refused_and_stored_nowhere() {
        JsonObject stored = ParleyClient.json(ParleyClient.get("/api/v1/settings/handoff", Optional.of(admin.cookie()))
                .body());
        for (String account : List.of(
                "evil.example.com#",
                "northwind.zendesk.com",
                "127.0.0.1",
                "northwind:8080",
                "north/wind",
                "user@northwind",
                "http://northwind",
                "",
                "x".repeat(64))) {
            ParleyClient.assertProblem(put("zendesk", zendesk(account, "s")), 400, "invalid_helpdesk_account");
            ParleyClient.assertProblem(put("gorgias", gorgias(account, "k")), 400, "invalid_helpdesk_account");
        }
        ParleyClient.assertProblem(
                put("gorgias", "{\"domain\":\"northwind\",\"email\":\"not-an-email\",\"apiKey\":\"k\"}"),
                400,
                "invalid_email");
        ParleyClient.assertProblem(
                put("zendesk", "{\"subdomain\":\"northwind\",\"clientId\":\"a b\",\"clientSecret\":\"s\"}"),
                400,
                "invalid_client_id");
        assertThat(ParleyClient.json(ParleyClient.get("/api/v1/settings/handoff", Optional.of(admin.cookie()))
                        .body()))
                .isEqualTo(stored);
        assertThat(helpdesks.getAllServeEvents()).as("nothing was called").isEmpty();
    }

    @Test
    void an_anonymous_visitor_is_asked_for_an_address_and_503_503_201_makes_one_zendesk_ticket() {
        helpdesks.stubFor(post(TICKETS)
                .inScenario("outage")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("still down"));
        helpdesks.stubFor(post(TICKETS)
                .inScenario("outage")
                .whenScenarioStateIs("still down")
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("up"));
        helpdesks.stubFor(post(TICKETS)
                .inScenario("outage")
                .whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(201).withBody("{\"ticket\":{\"id\":4711}}")));

        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            hello(visitor);
            visitor.send(Frames.send(Frames.newClientMessageId(), "I want to talk to a human about order 1042"));
            String id = visitor.next("ack").getString("conversationId");
            List<JsonObject> asked = visitor.nextMessages(2);
            assertThat(asked.get(1).getString("event")).isEqualTo("handoff_email_asked");
            assertThat(asked.get(1).getString("text")).isEqualTo("Our team answers by email. Where should they reply?");

            // Writing instead of answering is refused and changes nothing.
            visitor.send(Frames.send(Frames.newClientMessageId(), "hello?"));
            assertThat(visitor.next("error").getString("code")).isEqualTo("handoff_email_pending");
            visitor.send(handoffEmail(id, "anna at example"));
            assertThat(visitor.next("error").getString("code")).isEqualTo("invalid_email");
            assertThat(helpdesks.getAllServeEvents())
                    .as("nothing went to the helpdesk yet")
                    .isEmpty();

            Instant given = Instant.now();
            visitor.send(handoffEmail(id, "  anna@example.com "));
            assertThat(visitor.next("conversation")
                            .getJsonObject("conversation")
                            .getString("stage"))
                    .isEqualTo("closed");
            List<JsonObject> told = visitor.nextMessages(3);
            assertThat(told.get(0).getString("event")).isEqualTo("handoff_visitor_asked");
            assertThat(told.get(1).getString("event")).isEqualTo("passed_to_helpdesk");
            assertThat(told.get(1).getString("text")).isEqualTo("anna@example.com");
            assertThat(told.get(2).getString("event")).isEqualTo("ended_after_handoff");

            List<LoggedRequest> attempts = waitFor(() -> ticketPosts(TICKETS), 3);
            assertThat(attempts).hasSize(3);
            assertThat(attempts)
                    .extracting(request -> request.getHeader("Idempotency-Key"))
                    .containsOnly(attempts.get(0).getHeader("Idempotency-Key"))
                    .allMatch(key -> key.startsWith("parley-"));
            assertThat(attempts)
                    .extracting(request -> request.getHeader("Authorization"))
                    .containsOnly("Bearer zd-token-1");
            JsonObject ticket =
                    ParleyClient.json(attempts.get(2).getBodyAsString()).getJsonObject("ticket");
            assertThat(ticket.getJsonObject("requester").getString("email")).isEqualTo("anna@example.com");
            assertThat(ticket.getJsonObject("comment").getBoolean("public")).isFalse();
            assertThat(ticket.getJsonObject("comment").getString("body"))
                    .contains("Visitor: I want to talk to a human about order 1042")
                    .contains("the visitor asked for a person");
            System.out.printf(
                    "handoff figure: zendesk 503,503,201 -> %d attempts, %d ms from the address to the ticket%n",
                    attempts.size(),
                    Duration.between(given, attempts.get(2).getLoggedDate().toInstant())
                            .toMillis());
            assertThat(ticketConversations()).as("no ticket in Parley's inbox").doesNotContain(id);
        }
    }

    @Test
    void a_visitor_whose_address_parley_knows_goes_straight_to_one_gorgias_ticket() {
        SettingsApi.update(
                admin,
                Json.createObjectBuilder().add("handoffTarget", "gorgias").build());
        helpdesks.stubFor(get(urlPathEqualTo("/gorgias/northwind/api/tickets"))
                .willReturn(aResponse().withStatus(200).withBody("{\"data\":[]}")));
        helpdesks.stubFor(post("/gorgias/northwind/api/tickets")
                .willReturn(aResponse().withStatus(201).withBody("{\"id\":99}")));

        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            hello(visitor);
            visitor.send(Json.createObjectBuilder()
                    .add("type", "contact")
                    .add("email", "jan@example.com")
                    .build());
            visitor.next("contact");
            Instant asked = Instant.now();
            visitor.send(Frames.send(Frames.newClientMessageId(), "I want to talk to a human"));
            visitor.next("ack");
            List<JsonObject> thread = visitor.nextMessages(4);
            assertThat(thread.get(2).getString("event")).isEqualTo("passed_to_helpdesk");
            assertThat(thread.get(2).getString("text")).isEqualTo("jan@example.com");

            List<LoggedRequest> made = waitFor(() -> ticketPosts("/gorgias/northwind/api/tickets"), 1);
            assertThat(made).hasSize(1);
            String basic = "Basic "
                    + Base64.getEncoder()
                            .encodeToString(("api@northwind.test:" + API_KEY).getBytes(StandardCharsets.UTF_8));
            assertThat(made.get(0).getHeader("Authorization")).isEqualTo(basic);
            JsonObject ticket = ParleyClient.json(made.get(0).getBodyAsString());
            assertThat(ticket.getString("external_id")).startsWith("parley-");
            assertThat(ticket.getJsonArray("messages").getJsonObject(0).getBoolean("from_agent"))
                    .isFalse();
            assertThat(ticket.getJsonArray("messages")
                            .getJsonObject(0)
                            .getJsonObject("sender")
                            .getString("email"))
                    .isEqualTo("jan@example.com");
            System.out.printf(
                    "handoff figure: gorgias first attempt -> %d ms from the visitor's message to the ticket%n",
                    Duration.between(asked, made.get(0).getLoggedDate().toInstant())
                            .toMillis());
        }
    }

    @Test
    void a_429_with_retry_after_is_waited_out() {
        helpdesks.stubFor(post(TICKETS)
                .inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3"))
                .willSetStateTo("free"));
        helpdesks.stubFor(post(TICKETS)
                .inScenario("busy")
                .whenScenarioStateIs("free")
                .willReturn(aResponse().withStatus(201).withBody("{\"ticket\":{\"id\":5}}")));

        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            hello(visitor);
            String id = askForAPerson(visitor);
            visitor.send(handoffEmail(id, "ola@example.com"));
            visitor.next("conversation");

            List<LoggedRequest> attempts = waitFor(() -> ticketPosts(TICKETS), 2);
            assertThat(attempts).hasSize(2);
            assertThat(Duration.between(
                            attempts.get(0).getLoggedDate().toInstant(),
                            attempts.get(1).getLoggedDate().toInstant()))
                    .as("the helpdesk asked for 3 s; Parley's own wait is 1 s")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(2900));
        }
    }

    @Test
    void an_outage_beyond_every_attempt_falls_back_to_a_ticket_in_the_inbox() {
        helpdesks.stubFor(post(TICKETS).willReturn(aResponse().withStatus(503)));

        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            hello(visitor);
            String id = askForAPerson(visitor);
            visitor.send(handoffEmail(id, "piotr@example.com"));
            visitor.next("conversation");

            assertThat(waitFor(() -> ticketPosts(TICKETS), 3)).hasSize(3);
            List<String> inInbox = waitFor(
                    () -> ticketConversations().stream().filter(id::equals).toList(), 1);
            assertThat(inInbox).containsExactly(id);
            helpdesks.verify(3, postRequestedFor(urlPathEqualTo(TICKETS)));
        }
    }

    @Test
    void a_visitor_who_would_rather_chat_here_goes_to_the_inbox_and_nothing_goes_to_the_helpdesk() {
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            hello(visitor);
            String id = askForAPerson(visitor);
            visitor.send(Json.createObjectBuilder()
                    .add("type", "live")
                    .add("conversationId", id)
                    .build());
            assertThat(visitor.next("conversation")
                            .getJsonObject("conversation")
                            .getString("stage"))
                    .isEqualTo("live");
            assertThat(waitFor(
                            () -> ticketConversations().stream()
                                    .filter(id::equals)
                                    .toList(),
                            1))
                    .containsExactly(id);
            assertThat(ticketPosts(TICKETS)).isEmpty();
        }
    }

    private static String askForAPerson(FrameSocket visitor) {
        visitor.send(Frames.send(Frames.newClientMessageId(), "I want to talk to a human"));
        String id = visitor.next("ack").getString("conversationId");
        assertThat(visitor.nextMessages(2).get(1).getString("event")).isEqualTo("handoff_email_asked");
        return id;
    }

    private static void hello(FrameSocket visitor) {
        visitor.send(Json.createObjectBuilder()
                .add("type", "hello")
                .add("language", "en")
                .build());
        visitor.next("ready");
    }

    private static JsonObject handoffEmail(String conversationId, String email) {
        return Json.createObjectBuilder()
                .add("type", "handoff_email")
                .add("conversationId", conversationId)
                .add("email", email)
                .build();
    }

    private static String zendesk(String subdomain, String secret) {
        return Json.createObjectBuilder()
                .add("subdomain", subdomain)
                .add("clientId", "parley_client")
                .add("clientSecret", secret)
                .build()
                .toString();
    }

    private static String gorgias(String domain, String key) {
        return Json.createObjectBuilder()
                .add("domain", domain)
                .add("email", "api@northwind.test")
                .add("apiKey", key)
                .build()
                .toString();
    }

    private HttpResponse<String> put(String helpdesk, String body) {
        return ParleyClient.send(
                "PUT", "/api/v1/settings/handoff/" + helpdesk, body, admin.cookie(), admin.csrfToken());
    }

    private HttpResponse<String> postAsAdmin(String path) {
        HttpResponse<String> response = ParleyClient.send("POST", path, "{}", admin.cookie(), admin.csrfToken());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static List<LoggedRequest> ticketPosts(String path) {
        List<LoggedRequest> posts = new ArrayList<>(helpdesks.findAll(postRequestedFor(urlPathEqualTo(path))));
        posts.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
        return posts;
    }

    private List<String> ticketConversations() {
        HttpResponse<String> response = ParleyClient.get("/api/v1/tickets?limit=100", Optional.of(admin.cookie()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ParleyClient.json(response.body()).getJsonArray("tickets").getValuesAs(JsonObject.class).stream()
                .map(ticket -> ticket.getString("conversationId"))
                .toList();
    }

    /** What {@code look} finds once it holds at least {@code count} items, or after {@link #WAIT}. */
    private static <T> List<T> waitFor(Supplier<List<T>> look, int count) {
        Instant until = Instant.now().plus(WAIT);
        List<T> found = look.get();
        while (found.size() < count && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
            found = look.get();
        }
        return found;
    }
}

package dev.parley.adapters.helpdesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.parley.application.handoff.port.out.HelpdeskCallFailedException;
import dev.parley.application.handoff.port.out.HelpdeskCredentials;
import dev.parley.application.handoff.port.out.HelpdeskPort.ExternalTicket;
import dev.parley.domain.handoff.HandoffId;
import dev.parley.domain.handoff.HandoffPacket;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.Helpdesk;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HelpdeskHttpAdapterTest {

    private final WireMockServer fake =
            new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private HelpdeskHttpAdapter adapter;

    private static final HelpdeskCredentials ZENDESK =
            new HelpdeskCredentials(Helpdesk.ZENDESK, "northwind", "parley_client", "client-secret-1");
    private static final HelpdeskCredentials GORGIAS =
            new HelpdeskCredentials(Helpdesk.GORGIAS, "northwind", "api@northwind.test", "gorgias-key-1");
    private final HandoffPacket packet = new HandoffPacket(
            HandoffId.random(),
            "anna@example.com",
            Optional.empty(),
            "Where is my order 1042?",
            HandoffReason.VISITOR_ASKED,
            List.of(
                    new HandoffPacket.Line("Visitor", Instant.parse("2026-12-06T10:00:00Z"), "Where is my order 1042?"),
                    new HandoffPacket.Line(
                            "AI agent", Instant.parse("2026-12-06T10:00:02Z"), "Orders ship in 2 days.")),
            List.of(),
            Optional.of("http://localhost:9080/inbox/"));

    @BeforeEach
    void start() {
        fake.start();
        String base = "http://127.0.0.1:" + fake.port();
        adapter = new HelpdeskHttpAdapter(
                new HelpdeskAddresses(base + "/zendesk/{account}", base + "/gorgias/{account}", Duration.ofSeconds(5)),
                Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        fake.stop();
    }

    private void zendeskToken() {
        fake.stubFor(post("/zendesk/northwind/oauth/tokens")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"tok-1\",\"token_type\":\"bearer\",\"expires_in\":1800}")));
    }

    @Test
    void a_zendesk_ticket_is_made_with_a_bearer_token_an_idempotency_key_and_the_transcript_as_a_private_comment() {
        zendeskToken();
        fake.stubFor(post("/zendesk/northwind/api/v2/tickets.json")
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"ticket\":{\"id\":4711}}")));

        ExternalTicket ticket = adapter.createTicket(ZENDESK, packet);

        assertThat(ticket.id()).isEqualTo("4711");
        assertThat(ticket.url()).contains("http://127.0.0.1:" + fake.port() + "/zendesk/northwind/agent/tickets/4711");
        fake.verify(
                1,
                postRequestedFor(urlPathEqualTo("/zendesk/northwind/oauth/tokens"))
                        .withRequestBody(
                                equalToJson("{\"grant_type\":\"client_credentials\",\"client_id\":\"parley_client\","
                                        + "\"client_secret\":\"client-secret-1\",\"scope\":\"tickets:write read\"}")));
        fake.verify(
                1,
                postRequestedFor(urlPathEqualTo("/zendesk/northwind/api/v2/tickets.json"))
                        .withHeader("Authorization", equalTo("Bearer tok-1"))
                        .withHeader("Idempotency-Key", equalTo(packet.handoff().externalKey()))
                        .withRequestBody(matchingJsonPath("$.ticket.requester.email", equalTo("anna@example.com")))
                        .withRequestBody(matchingJsonPath("$.ticket.comment.public", equalTo("false")))
                        .withRequestBody(matchingJsonPath("$.ticket.subject", equalTo("Where is my order 1042?")))
                        .withRequestBody(matchingJsonPath(
                                "$.ticket.comment.body",
                                com.github.tomakehurst.wiremock.client.WireMock.containing(
                                        "AI agent: Orders ship in 2 days."))));
    }

    @Test
    void the_zendesk_token_is_kept_between_tickets_and_asked_for_again_after_a_401() {
        zendeskToken();
        fake.stubFor(post("/zendesk/northwind/api/v2/tickets.json")
                .inScenario("expiry")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(201).withBody("{\"ticket\":{\"id\":1}}"))
                .willSetStateTo("expired"));
        fake.stubFor(post("/zendesk/northwind/api/v2/tickets.json")
                .inScenario("expiry")
                .whenScenarioStateIs("expired")
                .willReturn(aResponse().withStatus(401))
                .willSetStateTo("renewed"));
        fake.stubFor(post("/zendesk/northwind/api/v2/tickets.json")
                .inScenario("expiry")
                .whenScenarioStateIs("renewed")
                .willReturn(aResponse().withStatus(201).withBody("{\"ticket\":{\"id\":2}}")));

        adapter.createTicket(ZENDESK, packet);
        ExternalTicket second = adapter.createTicket(ZENDESK, packet);

        assertThat(second.id()).isEqualTo("2");
        fake.verify(2, postRequestedFor(urlPathEqualTo("/zendesk/northwind/oauth/tokens")));
        fake.verify(3, postRequestedFor(urlPathEqualTo("/zendesk/northwind/api/v2/tickets.json")));
    }

    @Test
    void a_429_is_a_retryable_failure_carrying_the_helpdesks_retry_after() {
        zendeskToken();
        fake.stubFor(post("/zendesk/northwind/api/v2/tickets.json")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));

        assertThatThrownBy(() -> adapter.createTicket(ZENDESK, packet))
                .isInstanceOfSatisfying(HelpdeskCallFailedException.class, failed -> {
                    assertThat(failed.retryable()).isTrue();
                    assertThat(failed.retryAfter()).contains(Duration.ofSeconds(7));
                    assertThat(failed.status()).contains(429);
                });
    }

    @Test
    void refused_credentials_are_not_retried_and_the_message_holds_no_secret() {
        fake.stubFor(
                post("/zendesk/northwind/oauth/tokens").willReturn(aResponse().withStatus(401)));

        assertThatThrownBy(() -> adapter.createTicket(ZENDESK, packet))
                .isInstanceOfSatisfying(HelpdeskCallFailedException.class, failed -> {
                    assertThat(failed.retryable()).isFalse();
                    assertThat(failed.getMessage()).doesNotContain("client-secret-1");
                });
    }

    @Test
    void a_gorgias_ticket_has_the_customers_first_message_basic_auth_and_the_external_id() {
        fake.stubFor(get(urlPathEqualTo("/gorgias/northwind/api/tickets"))
                .willReturn(aResponse().withStatus(200).withBody("{\"data\":[]}")));
        fake.stubFor(post("/gorgias/northwind/api/tickets")
                .willReturn(aResponse().withStatus(201).withBody("{\"id\":99}")));

        ExternalTicket ticket = adapter.createTicket(GORGIAS, packet);

        assertThat(ticket.id()).isEqualTo("99");
        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString("api@northwind.test:gorgias-key-1".getBytes(StandardCharsets.UTF_8));
        fake.verify(
                1,
                postRequestedFor(urlPathEqualTo("/gorgias/northwind/api/tickets"))
                        .withHeader("Authorization", equalTo(basic))
                        .withRequestBody(matchingJsonPath(
                                "$.external_id", equalTo(packet.handoff().externalKey())))
                        .withRequestBody(matchingJsonPath("$.messages[0].from_agent", equalTo("false")))
                        .withRequestBody(matchingJsonPath("$.messages[0].sender.email", equalTo("anna@example.com")))
                        .withRequestBody(matchingJsonPath("$.messages[1].channel", equalTo("internal-note"))));
    }

    @Test
    void a_gorgias_retry_finds_the_ticket_an_earlier_attempt_made_instead_of_making_a_second() {
        fake.stubFor(get(urlPathEqualTo("/gorgias/northwind/api/tickets"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody("{\"data\":[{\"id\":42,\"external_id\":\""
                                + packet.handoff().externalKey() + "\"}]}")));

        ExternalTicket ticket = adapter.createTicket(GORGIAS, packet);

        assertThat(ticket.id()).isEqualTo("42");
        fake.verify(
                1,
                getRequestedFor(urlPathEqualTo("/gorgias/northwind/api/tickets"))
                        .withQueryParam("external_id", equalTo(packet.handoff().externalKey())));
        fake.verify(0, postRequestedFor(urlPathEqualTo("/gorgias/northwind/api/tickets")));
    }

    @Test
    void a_connection_check_says_connected_or_why_not() {
        zendeskToken();
        fake.stubFor(get("/zendesk/northwind/api/v2/users/me.json")
                .willReturn(aResponse().withStatus(200).withBody("{\"user\":{}}")));
        fake.stubFor(
                get("/gorgias/northwind/api/account").willReturn(aResponse().withStatus(403)));

        assertThat(adapter.check(ZENDESK).outcome()).isEqualTo("connected");
        assertThat(adapter.check(GORGIAS).outcome()).isEqualTo("unauthorized");
        fake.stop();
        assertThat(adapter.check(GORGIAS).outcome()).isEqualTo("unreachable");
    }
}

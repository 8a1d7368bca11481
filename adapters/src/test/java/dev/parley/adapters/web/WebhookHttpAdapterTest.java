package dev.parley.adapters.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.parley.application.webhook.port.in.WebhookPolicy;
import dev.parley.application.webhook.port.out.WebhookNotSentException;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.RetrySchedule;
import dev.parley.domain.webhook.WebhookUrl;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The receiver is WireMock on loopback, which only an operator who allows private addresses lets Parley reach. */
class WebhookHttpAdapterTest {

    private final WireMockServer receiver =
            new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private final byte[] body = "{\"type\":\"webhook.test\"}".getBytes(StandardCharsets.UTF_8);

    @BeforeEach
    void start() {
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop();
    }

    private static WebhookHttpAdapter adapter(boolean allowPrivate, Duration timeout) {
        return new WebhookHttpAdapter(new WebhookPolicy(
                20,
                true,
                allowPrivate,
                timeout,
                new RetrySchedule(List.of(Duration.ofSeconds(30)), 7),
                Duration.ofSeconds(60),
                50,
                Duration.ofHours(24),
                50,
                Duration.ofDays(5),
                Duration.ofDays(30)));
    }

    private WebhookUrl url(String path) {
        return WebhookUrl.parse("http://127.0.0.1:" + receiver.port() + path, true);
    }

    @Test
    void posts_the_bytes_and_headers_given_and_answers_the_status() {
        receiver.stubFor(post("/in").willReturn(aResponse().withStatus(204)));
        WebhookHttpAdapter adapter = adapter(true, Duration.ofSeconds(10));

        int status = adapter.post(url("/in"), Map.of("webhook-id", "evt_1", "content-type", "application/json"), body);

        assertThat(status).isEqualTo(204);
        receiver.verify(postRequestedFor(urlEqualTo("/in"))
                .withHeader("webhook-id", equalTo("evt_1"))
                .withHeader("User-Agent", equalTo("Parley-Webhooks/1.0"))
                .withRequestBody(equalTo("{\"type\":\"webhook.test\"}")));
        adapter.close();
    }

    @Test
    void follows_no_redirect_and_reads_a_huge_answer_no_further_than_its_start() {
        receiver.stubFor(post("/moved").willReturn(aResponse().withStatus(307).withHeader("Location", "/in")));
        receiver.stubFor(post("/huge").willReturn(ok("x".repeat(5_000_000))));
        WebhookHttpAdapter adapter = adapter(true, Duration.ofSeconds(10));

        assertThat(adapter.post(url("/moved"), Map.of(), body)).isEqualTo(307);
        assertThat(adapter.post(url("/huge"), Map.of(), body)).isEqualTo(200);
        receiver.verify(0, postRequestedFor(urlEqualTo("/in")));
        adapter.close();
    }

    @Test
    void a_receiver_slower_than_the_timeout_is_an_attempt_without_an_answer() {
        receiver.stubFor(post("/slow").willReturn(ok().withFixedDelay(3_000)));
        WebhookHttpAdapter adapter = adapter(true, Duration.ofSeconds(1));

        assertThatThrownBy(() -> adapter.post(url("/slow"), Map.of(), body))
                .isInstanceOf(WebhookNotSentException.class)
                .hasMessageContaining("no answer within 1 s");
        adapter.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "10.1.2.3",
                "172.16.0.1",
                "192.168.1.1",
                "100.64.0.1",
                "169.254.169.254",
                "[::1]",
                "[::ffff:127.0.0.1]",
                "[fd00::1]",
                "[fe80::1]",
                "2130706433",
                "0177.0.0.1"
            })
    void refuses_parleys_own_network_in_every_notation_when_saved_and_when_sent(String host) {
        WebhookHttpAdapter adapter = adapter(false, Duration.ofSeconds(5));
        WebhookUrl url = new WebhookUrl(java.net.URI.create("https://" + host + "/in"));

        assertThatThrownBy(() -> adapter.requireAllowed(url))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "webhook_address_refused");
        assertThatThrownBy(() -> adapter.post(url, Map.of(), body))
                .isInstanceOf(WebhookNotSentException.class)
                .hasMessageContaining("refused");
        adapter.close();
    }

    @Test
    void the_metadata_address_is_refused_even_where_private_addresses_are_allowed() {
        WebhookHttpAdapter adapter = adapter(true, Duration.ofSeconds(5));

        assertThatThrownBy(() -> adapter.requireAllowed(WebhookUrl.parse("https://169.254.169.254/latest", false)))
                .hasFieldOrPropertyWithValue("code", "webhook_address_refused");
        adapter.close();
    }
}

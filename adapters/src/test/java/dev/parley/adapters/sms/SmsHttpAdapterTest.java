package dev.parley.adapters.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.parley.application.sms.port.out.SendSmsPort.SentSms;
import dev.parley.application.sms.port.out.SmsCredentials;
import dev.parley.application.sms.port.out.SmsNotSentException;
import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.sms.SmsDeliveryState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmsHttpAdapterTest {

    private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "auth-token-secret-1";
    private static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
    private static final String SERVICE = "MG0123456789abcdef0123456789abcdef";
    private static final PhoneNumber CUSTOMER = PhoneNumber.parse("+48600100200");
    private static final String CALLBACK = "https://parley.example/api/v1/channels/sms/status";

    private final WireMockServer fake =
            new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private SmsHttpAdapter adapter;
    private String base;

    @BeforeEach
    void start() {
        fake.start();
        base = "http://127.0.0.1:" + fake.port();
        adapter = new SmsHttpAdapter(new SmsHttpTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }

    @AfterEach
    void stop() {
        fake.stop();
    }

    private SmsCredentials number() {
        return new SmsCredentials(base, ACCOUNT, TOKEN, "+48221234567", false);
    }

    private void answer(int status, String body) {
        fake.stubFor(post(MESSAGES)
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    @Test
    void a_message_is_posted_to_the_accounts_messages_with_basic_auth_and_the_form_and_its_sid_is_kept() {
        answer(201, "{\"sid\":\"SM11111111111111111111111111111111\",\"status\":\"queued\",\"to\":\"+48600100200\"}");

        SentSms sent = adapter.send(number(), CUSTOMER, "Your order ships today, zażółć & 100%", CALLBACK);

        assertThat(sent).isEqualTo(new SentSms("SM11111111111111111111111111111111", SmsDeliveryState.QUEUED));
        String basic =
                "Basic " + Base64.getEncoder().encodeToString((ACCOUNT + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
        fake.verify(
                1,
                postRequestedFor(urlPathEqualTo(MESSAGES))
                        .withHeader("Authorization", equalTo(basic))
                        .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                        .withFormParam("To", equalTo("+48600100200"))
                        .withFormParam("From", equalTo("+48221234567"))
                        .withFormParam("Body", equalTo("Your order ships today, zażółć & 100%"))
                        .withFormParam("StatusCallback", equalTo(CALLBACK))
                        .withoutFormParam("MessagingServiceSid"));
        LoggedRequest request = fake.getAllServeEvents().get(0).getRequest();
        assertThat(request.getBodyAsString())
                .contains("Body=Your+order+ships+today%2C+za%C5%BC%C3%B3%C5%82%C4%87+%26+100%25");
    }

    @Test
    void a_messaging_service_sends_its_sid_instead_of_a_from_number_and_accepted_is_still_queued() {
        answer(201, "{\"sid\":\"SM22222222222222222222222222222222\",\"status\":\"accepted\"}");

        SentSms sent =
                adapter.send(new SmsCredentials(base, ACCOUNT, TOKEN, SERVICE, true), CUSTOMER, "Hello", CALLBACK);

        assertThat(sent.state()).isEqualTo(SmsDeliveryState.QUEUED);
        fake.verify(
                1,
                postRequestedFor(urlPathEqualTo(MESSAGES))
                        .withFormParam("MessagingServiceSid", equalTo(SERVICE))
                        .withoutFormParam("From")
                        .withFormParam("To", equalTo("+48600100200")));
    }

    @Test
    void a_missing_or_unknown_status_counts_as_queued_and_a_later_one_is_kept() {
        answer(201, "{\"sid\":\"SM3\"}");
        assertThat(adapter.send(number(), CUSTOMER, "a", CALLBACK).state()).isEqualTo(SmsDeliveryState.QUEUED);

        fake.resetAll();
        answer(201, "{\"sid\":\"SM4\",\"status\":\"sent\"}");
        assertThat(adapter.send(number(), CUSTOMER, "b", CALLBACK).state()).isEqualTo(SmsDeliveryState.SENT);
    }

    @Test
    void an_opted_out_recipient_is_a_final_failure_with_code_21610_and_the_number_is_not_in_the_message() {
        answer(
                400,
                "{\"code\":21610,\"message\":\"Attempt to send to unsubscribed recipient +48600100200\","
                        + "\"more_info\":\"https://www.twilio.com/docs/errors/21610\",\"status\":400}");

        assertThatThrownBy(() -> adapter.send(number(), CUSTOMER, "Hello", CALLBACK))
                .isInstanceOfSatisfying(SmsNotSentException.class, failed -> {
                    assertThat(failed.retryable()).isFalse();
                    assertThat(failed.errorCode()).contains("21610");
                    assertThat(failed.status()).contains(400);
                    assertThat(failed.getMessage())
                            .contains("recipient opted out")
                            .doesNotContain("600100200")
                            .doesNotContain(TOKEN);
                });
    }

    @Test
    void an_invalid_number_carries_code_21211_and_is_not_retried() {
        answer(400, "{\"code\":21211,\"message\":\"The 'To' number +48600100200 is not valid.\",\"status\":400}");

        assertThatThrownBy(() -> adapter.send(number(), CUSTOMER, "Hello", CALLBACK))
                .isInstanceOfSatisfying(SmsNotSentException.class, failed -> {
                    assertThat(failed.retryable()).isFalse();
                    assertThat(failed.errorCode()).contains("21211");
                    assertThat(failed.getMessage()).contains("invalid number").doesNotContain("600100200");
                });
    }

    @Test
    void refused_credentials_are_not_retried_and_the_message_holds_no_token() {
        answer(401, "{\"code\":20003,\"message\":\"Authenticate\",\"status\":401}");

        assertThatThrownBy(() -> adapter.send(number(), CUSTOMER, "Hello", CALLBACK))
                .isInstanceOfSatisfying(SmsNotSentException.class, failed -> {
                    assertThat(failed.retryable()).isFalse();
                    assertThat(failed.errorCode()).contains("20003");
                    assertThat(failed.status()).contains(401);
                    assertThat(failed.getMessage()).doesNotContain(TOKEN);
                });
    }

    @Test
    void a_429_is_retryable_after_the_providers_retry_after() {
        fake.stubFor(post(MESSAGES)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "17")
                        .withBody("{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}")));

        assertThatThrownBy(() -> adapter.send(number(), CUSTOMER, "Hello", CALLBACK))
                .isInstanceOfSatisfying(SmsNotSentException.class, failed -> {
                    assertThat(failed.retryable()).isTrue();
                    assertThat(failed.retryAfter()).contains(Duration.ofSeconds(17));
                    assertThat(failed.status()).contains(429);
                    assertThat(failed.errorCode()).contains("20429");
                });
    }

    @Test
    void a_server_error_is_retryable_even_without_a_json_body() {
        fake.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(500).withBody("<html>oops</html>")));

        assertThatThrownBy(() -> adapter.send(number(), CUSTOMER, "Hello", CALLBACK))
                .isInstanceOfSatisfying(SmsNotSentException.class, failed -> {
                    assertThat(failed.retryable()).isTrue();
                    assertThat(failed.status()).contains(500);
                    assertThat(failed.errorCode()).isEmpty();
                    assertThat(failed.retryAfter()).isEmpty();
                });
    }

    @Test
    void no_answer_in_time_is_retryable_without_a_status() {
        fake.stubFor(post(MESSAGES)
                .willReturn(aResponse()
                        .withStatus(201)
                        .withBody("{\"sid\":\"SM5\"}")
                        .withFixedDelay(4_000)));

        long started = System.nanoTime();
        assertThatThrownBy(() -> adapter.send(number(), CUSTOMER, "Hello", CALLBACK))
                .isInstanceOfSatisfying(SmsNotSentException.class, failed -> {
                    assertThat(failed.retryable()).isTrue();
                    assertThat(failed.status()).isEmpty();
                    assertThat(failed.errorCode()).isEmpty();
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3_500));
    }

    @Test
    void an_error_answer_that_stalls_mid_body_is_given_up_at_the_deadline() {
        fake.stubFor(post(MESSAGES)
                .willReturn(aResponse()
                        .withStatus(503)
                        .withBody("{\"code\":20503,\"message\":\"Service unavailable, please wait a moment\"}")
                        .withChunkedDribbleDelay(10, 5_000)));

        long started = System.nanoTime();
        assertThatThrownBy(() -> adapter.send(number(), CUSTOMER, "Hello", CALLBACK))
                .isInstanceOfSatisfying(SmsNotSentException.class, failed -> {
                    assertThat(failed.retryable()).isTrue();
                    assertThat(failed.status()).contains(503);
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void nobody_listening_is_retryable_without_a_status() {
        fake.stop();

        assertThatThrownBy(() -> adapter.send(number(), CUSTOMER, "Hello", CALLBACK))
                .isInstanceOfSatisfying(SmsNotSentException.class, failed -> {
                    assertThat(failed.retryable()).isTrue();
                    assertThat(failed.status()).isEmpty();
                });
    }

    @Test
    void an_oversized_answer_is_not_read_beyond_the_cap_and_a_taken_message_is_not_sent_twice() {
        String huge = "{\"sid\":\"SM6\",\"padding\":\"" + "x".repeat(SmsHttpAdapter.MAX_RESPONSE_BYTES) + "\"}";
        answer(201, huge);

        assertThatThrownBy(() -> adapter.send(number(), CUSTOMER, "Hello", CALLBACK))
                .isInstanceOfSatisfying(SmsNotSentException.class, failed -> {
                    assertThat(failed.retryable()).isFalse();
                    assertThat(failed.status()).contains(201);
                    assertThat(failed.getMessage()).contains("larger than");
                });
    }

    @Test
    void an_oversized_error_answer_keeps_the_status_and_its_retry_rule_but_no_code() {
        String huge = "{\"code\":21211,\"message\":\"" + "x".repeat(SmsHttpAdapter.MAX_RESPONSE_BYTES) + "\"}";
        fake.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(502).withBody(huge)));

        assertThatThrownBy(() -> adapter.send(number(), CUSTOMER, "Hello", CALLBACK))
                .isInstanceOfSatisfying(SmsNotSentException.class, failed -> {
                    assertThat(failed.retryable()).isTrue();
                    assertThat(failed.status()).contains(502);
                    assertThat(failed.errorCode()).isEmpty();
                });
    }

    @Test
    void a_success_without_a_sid_is_final_so_that_the_message_is_not_sent_twice() {
        answer(200, "<html>a login page</html>");

        assertThatThrownBy(() -> adapter.send(number(), CUSTOMER, "Hello", CALLBACK))
                .isInstanceOfSatisfying(SmsNotSentException.class, failed -> {
                    assertThat(failed.retryable()).isFalse();
                    assertThat(failed.status()).contains(200);
                });
    }

    @Test
    void a_redirect_is_not_followed() {
        fake.stubFor(
                post(MESSAGES).willReturn(aResponse().withStatus(302).withHeader("Location", base + "/elsewhere")));
        fake.stubFor(post("/elsewhere").willReturn(aResponse().withStatus(201).withBody("{\"sid\":\"SM7\"}")));

        assertThatThrownBy(() -> adapter.send(number(), CUSTOMER, "Hello", CALLBACK))
                .isInstanceOfSatisfying(SmsNotSentException.class, failed -> {
                    assertThat(failed.retryable()).isFalse();
                    assertThat(failed.status()).contains(302);
                });
        fake.verify(0, postRequestedFor(urlPathEqualTo("/elsewhere")));
    }

    @Test
    void only_http_and_https_base_urls_without_a_user_are_called() {
        for (String url : List.of(
                "file:///etc/passwd",
                "ftp://127.0.0.1:" + fake.port(),
                "http://user:pw@127.0.0.1:" + fake.port(),
                "not a url")) {
            assertThatThrownBy(() -> adapter.send(
                            new SmsCredentials(url, ACCOUNT, TOKEN, "+48221234567", false), CUSTOMER, "Hi", CALLBACK))
                    .as(url)
                    .isInstanceOfSatisfying(
                            SmsNotSentException.class,
                            failed -> assertThat(failed.retryable()).isFalse());
        }
        assertThatThrownBy(() -> adapter.send(
                        new SmsCredentials(base, "AC/../../x", TOKEN, "+48221234567", false), CUSTOMER, "Hi", CALLBACK))
                .isInstanceOf(SmsNotSentException.class);
        assertThat(fake.getAllServeEvents()).isEmpty();
    }

    @Test
    void log_lines_hold_neither_the_token_nor_the_whole_number() {
        Logger logger = Logger.getLogger(SmsHttpAdapter.class.getName());
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Level level = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(handler);
        try {
            answer(201, "{\"sid\":\"SM8\",\"status\":\"queued\"}");
            adapter.send(number(), CUSTOMER, "Hello", CALLBACK);
            fake.resetAll();
            answer(400, "{\"code\":21610,\"message\":\"unsubscribed +48600100200\",\"status\":400}");
            assertThatThrownBy(() -> adapter.send(number(), CUSTOMER, "Hello", CALLBACK))
                    .isInstanceOf(SmsNotSentException.class);
        } finally {
            logger.removeHandler(handler);
            logger.setLevel(level);
        }

        assertThat(lines).hasSize(2);
        assertThat(lines)
                .allSatisfy(line -> assertThat(line)
                        .contains(CUSTOMER.masked())
                        .doesNotContain("600100200")
                        .doesNotContain(TOKEN));
        assertThat(lines.get(1)).contains("event=sms_provider_refused", "code=21610", "retryable=false");
    }

    @Test
    void a_webhook_is_posted_as_the_provider_posts_it_with_its_signature_and_its_status_returned() {
        fake.stubFor(post("/api/v1/channels/sms/inbound")
                .willReturn(aResponse().withStatus(200).withBody("<Response/>")));
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("From", List.of("+48600100200"));
        form.put("Body", List.of("Gdzie jest moja paczka?"));
        form.put("MediaUrl0", List.of("a", "b"));

        Optional<Integer> status =
                adapter.post(base + "/api/v1/channels/sms/inbound", form, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=");

        assertThat(status).contains(200);
        fake.verify(
                1,
                postRequestedFor(urlPathEqualTo("/api/v1/channels/sms/inbound"))
                        .withHeader("X-Twilio-Signature", equalTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ="))
                        .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                        .withFormParam("From", equalTo("+48600100200"))
                        .withFormParam("Body", equalTo("Gdzie jest moja paczka?")));
        assertThat(fake.getAllServeEvents().get(0).getRequest().getBodyAsString())
                .contains("MediaUrl0=a&MediaUrl0=b");
    }

    @Test
    void a_webhooks_refusal_is_returned_as_its_status_and_a_redirect_is_not_followed() {
        fake.stubFor(post("/inbound").willReturn(aResponse().withStatus(403)));
        fake.stubFor(post("/moved").willReturn(aResponse().withStatus(301).withHeader("Location", base + "/inbound")));

        assertThat(adapter.post(base + "/inbound", Map.of(), "sig")).contains(403);
        assertThat(adapter.post(base + "/moved", Map.of(), "sig")).contains(301);
        fake.verify(1, postRequestedFor(urlPathEqualTo("/inbound")));
    }

    @Test
    void a_webhook_that_does_not_answer_in_time_or_at_all_gives_no_status() {
        fake.stubFor(post("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));

        long started = System.nanoTime();
        assertThat(adapter.post(base + "/slow", Map.of(), "sig")).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_500));

        String gone = base + "/slow";
        fake.stop();
        assertThat(adapter.post(gone, Map.of(), "sig")).isEmpty();
    }

    @Test
    void a_webhook_is_only_an_http_or_https_address() {
        assertThatThrownBy(() -> adapter.post("file:///etc/passwd", Map.of(), "sig"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> adapter.post("gopher://127.0.0.1/", Map.of(), "sig"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

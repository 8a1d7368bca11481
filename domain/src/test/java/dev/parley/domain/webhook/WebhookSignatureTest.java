package dev.parley.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The example of the Standard Webhooks specification's reference libraries. */
    private static final WebhookSecret SPEC_SECRET = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

    @Test
    void signs_as_the_standard_webhooks_reference_does() {
        byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

        String header =
                WebhookSignature.header("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, body, List.of(SPEC_SECRET));

        assertThat(header).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void during_a_rotation_signs_with_every_secret_newest_first() {
        WebhookSecret next = WebhookSecret.issue(new SecureRandom());
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        String both = WebhookSignature.header("evt_1", 1L, body, List.of(next, SPEC_SECRET));

        assertThat(both.split(" "))
                .containsExactly(
                        WebhookSignature.header("evt_1", 1L, body, List.of(next)),
                        WebhookSignature.header("evt_1", 1L, body, List.of(SPEC_SECRET)));
    }

    @Test
    void another_id_timestamp_or_byte_signs_differently() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        String signed = WebhookSignature.header("evt_1", 10L, body, List.of(SPEC_SECRET));

        assertThat(WebhookSignature.header("evt_2", 10L, body, List.of(SPEC_SECRET)))
                .isNotEqualTo(signed);
        assertThat(WebhookSignature.header("evt_1", 11L, body, List.of(SPEC_SECRET)))
                .isNotEqualTo(signed);
        assertThat(WebhookSignature.header(
                        "evt_1", 10L, "{\"a\": 1}".getBytes(StandardCharsets.UTF_8), List.of(SPEC_SECRET)))
                .isNotEqualTo(signed);
    }

    @Test
    void a_secret_is_issued_with_its_prefix_and_32_random_bytes_and_never_printed() {
        WebhookSecret secret = WebhookSecret.issue(new SecureRandom());

        assertThat(secret.value()).startsWith("whsec_");
        assertThat(secret.key()).hasSize(32);
        assertThat(secret.toString()).doesNotContain(secret.value().substring(6));
        assertThat(WebhookSecret.issue(new SecureRandom())).isNotEqualTo(secret);
        assertThatThrownBy(() -> WebhookSignature.header("evt_1", 1L, new byte[0], List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

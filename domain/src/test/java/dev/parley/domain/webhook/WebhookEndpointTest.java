package dev.parley.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.SealedSecret;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookEndpointTest {

    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");
    private static final SealedSecret FIRST = new SealedSecret("sealed-1");
    private static final SealedSecret SECOND = new SealedSecret("sealed-2");

    private static WebhookEndpoint endpoint() {
        return WebhookEndpoint.register(
                WebhookEndpointId.random(),
                WebhookUrl.parse("https://hooks.example.com/in", false),
                "Orders system",
                Set.of(WebhookEventType.MESSAGE_CREATED),
                true,
                FIRST,
                T0);
    }

    @Test
    void receives_only_the_types_it_chose_while_enabled() {
        WebhookEndpoint endpoint = endpoint();

        assertThat(endpoint.receives(WebhookEventType.MESSAGE_CREATED)).isTrue();
        assertThat(endpoint.receives(WebhookEventType.TICKET_CREATED)).isFalse();
        endpoint.change(endpoint.url(), "", Set.of(WebhookEventType.MESSAGE_CREATED), false);
        assertThat(endpoint.receives(WebhookEventType.MESSAGE_CREATED)).isFalse();
        assertThat(endpoint.disabled()).contains(WebhookEndpoint.Disabled.BY_ADMIN);
    }

    @Test
    void after_a_rotation_both_secrets_sign_until_the_overlap_ends() {
        WebhookEndpoint endpoint = endpoint();
        endpoint.rotate(SECOND, T0, Duration.ofHours(24));

        assertThat(endpoint.signingSecrets(T0.plus(Duration.ofHours(23)))).containsExactly(SECOND, FIRST);
        assertThat(endpoint.signingSecrets(T0.plus(Duration.ofHours(24)))).containsExactly(SECOND);
    }

    @Test
    void is_disabled_after_too_many_failures_in_a_row_and_a_success_starts_the_count_afresh() {
        WebhookEndpoint endpoint = endpoint();
        for (int i = 1; i < 3; i++) {
            assertThat(endpoint.failed(T0, 3, Duration.ofDays(5))).isFalse();
        }
        endpoint.succeeded();
        assertThat(endpoint.failed(T0, 3, Duration.ofDays(5))).isFalse();
        assertThat(endpoint.failed(T0, 3, Duration.ofDays(5))).isFalse();
        assertThat(endpoint.failed(T0, 3, Duration.ofDays(5))).isTrue();
        assertThat(endpoint.disabled()).contains(WebhookEndpoint.Disabled.FAILING);
        assertThat(endpoint.failed(T0, 3, Duration.ofDays(5)))
                .as("disabled once")
                .isFalse();

        endpoint.change(endpoint.url(), "", endpoint.types(), true);
        assertThat(endpoint.enabled()).isTrue();
        assertThat(endpoint.consecutiveFailures()).isZero();
        assertThat(endpoint.failingSince()).isEmpty();
    }

    @Test
    void is_disabled_once_it_has_been_failing_for_the_longest_time_allowed() {
        WebhookEndpoint endpoint = endpoint();
        assertThat(endpoint.failed(T0, 50, Duration.ofDays(5))).isFalse();
        assertThat(endpoint.failed(T0.plus(Duration.ofDays(5)).minusSeconds(1), 50, Duration.ofDays(5)))
                .isFalse();
        assertThat(endpoint.failed(T0.plus(Duration.ofDays(5)), 50, Duration.ofDays(5)))
                .isTrue();
    }

    @Test
    void a_gone_receiver_disables_it_at_once() {
        WebhookEndpoint endpoint = endpoint();

        assertThat(endpoint.gone()).isTrue();
        assertThat(endpoint.disabled()).contains(WebhookEndpoint.Disabled.GONE);
        assertThat(endpoint.gone()).isFalse();
    }

    @Test
    void refuses_no_types_the_test_type_and_a_description_over_the_limit() {
        WebhookUrl url = WebhookUrl.parse("https://hooks.example.com/in", false);
        assertThatThrownBy(
                        () -> WebhookEndpoint.register(WebhookEndpointId.random(), url, "", Set.of(), true, FIRST, T0))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "event_types_missing");
        assertThatThrownBy(() -> WebhookEndpoint.register(
                        WebhookEndpointId.random(), url, "", Set.of(WebhookEventType.WEBHOOK_TEST), true, FIRST, T0))
                .hasFieldOrPropertyWithValue("code", "unknown_event_type");
        String longest = "d".repeat(WebhookEndpoint.MAX_DESCRIPTION);
        assertThat(WebhookEndpoint.register(
                                WebhookEndpointId.random(),
                                url,
                                longest,
                                Set.of(WebhookEventType.TICKET_CREATED),
                                true,
                                FIRST,
                                T0)
                        .description())
                .isEqualTo(longest);
        assertThatThrownBy(() -> WebhookEndpoint.register(
                        WebhookEndpointId.random(),
                        url,
                        longest + "d",
                        Set.of(WebhookEventType.TICKET_CREATED),
                        true,
                        FIRST,
                        T0))
                .hasFieldOrPropertyWithValue("code", "description_too_long");
        assertThatThrownBy(() -> WebhookEventType.ofWireName("ticket.deleted"))
                .hasFieldOrPropertyWithValue("code", "unknown_event_type")
                .hasMessageContaining("ticket.created");
        assertThat(Optional.of(WebhookEventType.ofWireName("message.created")))
                .contains(WebhookEventType.MESSAGE_CREATED);
    }
}

package dev.parley.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.shared.RetrySchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");
    private static final RetrySchedule RETRIES =
            new RetrySchedule(List.of(Duration.ofSeconds(30), Duration.ofMinutes(2)), 3);

    private static WebhookDelivery delivery() {
        return WebhookDelivery.schedule(
                WebhookEndpointId.random(), WebhookEvent.test(WebhookEndpointId.random(), T0), T0);
    }

    @Test
    void is_due_at_once_and_a_claim_keeps_it_away_for_the_lease() {
        WebhookDelivery delivery = delivery();
        assertThat(delivery.isDueAt(T0)).isTrue();

        delivery.claim(T0, Duration.ofMinutes(1));

        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.firstAttemptAt()).contains(T0);
        assertThat(delivery.isDueAt(T0.plusSeconds(59))).isFalse();
        assertThat(delivery.isDueAt(T0.plusSeconds(60))).isTrue();
    }

    @Test
    void a_failure_waits_on_the_schedule_and_the_last_one_gives_up() {
        WebhookDelivery delivery = delivery();
        delivery.claim(T0, Duration.ofMinutes(1));
        delivery.failed(Optional.of(500), "the receiver answered 500", T0, RETRIES);
        assertThat(delivery.status()).isEqualTo(WebhookDeliveryStatus.PENDING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(delivery.responseStatus()).contains(500);

        delivery.claim(T0.plusSeconds(30), Duration.ofMinutes(1));
        delivery.failed(Optional.empty(), "timed out", T0.plusSeconds(30), RETRIES);
        assertThat(delivery.nextAttemptAt()).isEqualTo(T0.plusSeconds(150));
        assertThat(delivery.responseStatus()).isEmpty();

        delivery.claim(T0.plusSeconds(150), Duration.ofMinutes(1));
        delivery.failed(Optional.of(503), "x".repeat(WebhookDelivery.MAX_ERROR + 1), T0.plusSeconds(150), RETRIES);
        assertThat(delivery.status()).isEqualTo(WebhookDeliveryStatus.FAILED);
        assertThat(delivery.lastError().orElseThrow()).hasSize(WebhookDelivery.MAX_ERROR);
        assertThat(delivery.isDueAt(T0.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void a_redelivery_starts_afresh_with_the_same_event() {
        WebhookDelivery delivery = delivery();
        String id = delivery.event().id();
        delivery.claim(T0, Duration.ofMinutes(1));
        delivery.delivered(200, T0);
        assertThat(delivery.drop("endpoint disabled"))
                .as("only a pending one is dropped")
                .isFalse();

        delivery.redeliver(T0.plusSeconds(5));

        assertThat(delivery.status()).isEqualTo(WebhookDeliveryStatus.PENDING);
        assertThat(delivery.attempts()).isZero();
        assertThat(delivery.isDueAt(T0.plusSeconds(5))).isTrue();
        assertThat(delivery.event().id()).isEqualTo(id);
        assertThat(delivery.drop("endpoint disabled")).isTrue();
        assertThat(delivery.status()).isEqualTo(WebhookDeliveryStatus.DROPPED);
    }

    @Test
    void a_gone_receiver_gives_up_at_once() {
        WebhookDelivery delivery = delivery();
        delivery.claim(T0, Duration.ofMinutes(1));

        delivery.gone(410);

        assertThat(delivery.status()).isEqualTo(WebhookDeliveryStatus.FAILED);
        assertThat(delivery.responseStatus()).contains(410);
    }
}

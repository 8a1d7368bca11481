package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.handoff.port.in.HandoffPolicy;
import dev.parley.application.sms.port.in.SmsPolicy;
import dev.parley.application.webhook.port.in.WebhookPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The outboxes' claim leases, from their timeouts: max(the default lease, 3 × the timeout + 30 s), so that no attempt
 * outlives its lease and is sent again by another node.
 */
class ClaimLeaseConfigurationTest {

    @Test
    void a_lease_outlasts_three_timeouts_and_half_a_minute_and_is_never_shorter_than_the_default() {
        assertThat(ClaimLeases.lease(Duration.ofMinutes(2), Duration.ofSeconds(10)))
                .isEqualTo(Duration.ofMinutes(2));
        assertThat(ClaimLeases.lease(Duration.ofSeconds(60), Duration.ofSeconds(10)))
                .isEqualTo(Duration.ofSeconds(60));
        assertThat(ClaimLeases.lease(Duration.ofMinutes(2), Duration.ofSeconds(40)))
                .isEqualTo(Duration.ofSeconds(150));
        assertThat(ClaimLeases.lease(Duration.ofSeconds(60), Duration.ofMillis(500)))
                .isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void a_webhook_delivery_is_leased_for_a_minute_or_for_its_timeout() {
        assertThat(webhooks("10s").claimLease()).isEqualTo(Duration.ofSeconds(60));
        assertThat(webhooks("2s").claimLease()).isEqualTo(Duration.ofSeconds(60));
        assertThat(webhooks("60s").claimLease()).isEqualTo(Duration.ofSeconds(210));
        assertThat(webhooks("60s").timeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void a_handoff_is_leased_for_two_minutes_or_for_its_timeout() {
        assertThat(handoff("10s").claimLease()).isEqualTo(Duration.ofMinutes(2));
        assertThat(handoff(HandoffConfiguration.DEFAULT_TIMEOUT).claimLease()).isEqualTo(Duration.ofMinutes(2));
        assertThat(handoff("1m").claimLease()).isEqualTo(Duration.ofSeconds(210));
    }

    @Test
    void an_sms_is_leased_for_two_minutes_or_for_its_timeout() {
        assertThat(sms(SmsHttpConfiguration.DEFAULT_TIMEOUT).claimLease()).isEqualTo(Duration.ofMinutes(2));
        assertThat(sms("45s").claimLease()).isEqualTo(Duration.ofSeconds(165));
    }

    private static WebhookPolicy webhooks(String timeout) {
        return new WebhookConfiguration()
                .webhookPolicy(
                        WebhookPolicy.DEFAULT_MAX_ENDPOINTS,
                        false,
                        false,
                        timeout,
                        WebhookPolicy.DEFAULT_RETRY_WAITS,
                        WebhookPolicy.DEFAULT_ATTEMPTS,
                        WebhookPolicy.DEFAULT_ROTATION_OVERLAP,
                        WebhookPolicy.DEFAULT_DISABLE_AFTER_FAILURES,
                        WebhookPolicy.DEFAULT_DISABLE_AFTER_FAILING_FOR,
                        WebhookPolicy.DEFAULT_LOG_RETENTION);
    }

    private static HandoffPolicy handoff(String timeout) {
        return new HandoffConfiguration()
                .handoffPolicy("30s,2m,10m,30m,1h", 6, "10/10m", "http://localhost:9080", timeout);
    }

    private static SmsPolicy sms(String timeout) {
        return new SmsConfiguration()
                .smsPolicy("http://localhost:9080", "10s,1m,5m,30m", 5, "30/1m", "10/10m", timeout);
    }
}

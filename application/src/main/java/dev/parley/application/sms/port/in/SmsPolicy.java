package dev.parley.application.sms.port.in;

import dev.parley.domain.shared.RateLimit;
import dev.parley.domain.shared.RetrySchedule;
import java.time.Duration;
import java.util.Objects;

/**
 * How the SMS channel behaves, from configuration.
 *
 * @param publicUrl {@code PARLEY_PUBLIC_URL}, without a trailing slash: what the provider's requests are signed for
 *     and where its callbacks go
 * @param retries the outbox's attempts
 * @param claimLease how long a claimed reply stays away from other workers
 * @param batchSize replies per round
 * @param inboundPerNumber incoming messages one number may send
 * @param testsPerAdmin test messages one admin may send
 */
public record SmsPolicy(
        String publicUrl,
        RetrySchedule retries,
        Duration claimLease,
        int batchSize,
        RateLimit inboundPerNumber,
        RateLimit testsPerAdmin) {

    public static final String INBOUND_PATH = "/api/v1/channels/sms/inbound";
    public static final String STATUS_PATH = "/api/v1/channels/sms/status";

    public SmsPolicy {
        Objects.requireNonNull(publicUrl, "publicUrl");
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        Objects.requireNonNull(retries, "retries");
        Objects.requireNonNull(claimLease, "claimLease");
        Objects.requireNonNull(inboundPerNumber, "inboundPerNumber");
        Objects.requireNonNull(testsPerAdmin, "testsPerAdmin");
    }

    public String inboundUrl() {
        return publicUrl + INBOUND_PATH;
    }

    public String statusUrl() {
        return publicUrl + STATUS_PATH;
    }
}

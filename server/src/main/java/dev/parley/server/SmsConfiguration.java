package dev.parley.server;

import dev.parley.application.sms.port.in.SmsPolicy;
import dev.parley.domain.shared.RateLimit;
import dev.parley.domain.shared.RetrySchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMS channel, from configuration ({@code PARLEY_SMS_*}): the public URL its webhooks are signed for, the outbox's
 * retries, and the limits on incoming messages per number and on test messages per admin. A claimed reply is kept
 * from other nodes for max(2 min, 3 × {@code PARLEY_SMS_TIMEOUT} + 30 s) (see {@link ClaimLeases}), so that an attempt
 * that waits out the provider's timeout is not sent again by another node meanwhile.
 */
@ApplicationScoped
public class SmsConfiguration {

    static final String INBOUND_PER_NUMBER = "sms_inbound_per_number";
    static final String TESTS_PER_ADMIN = "sms_tests_per_admin";

    /** The shortest a claimed reply is kept from other nodes while its attempt runs. */
    static final Duration DEFAULT_CLAIM_LEASE = Duration.ofMinutes(2);

    @Produces
    SmsPolicy smsPolicy(
            @ConfigProperty(name = "parley.public-url", defaultValue = "http://localhost:9080") String publicUrl,
            @ConfigProperty(name = "parley.sms.retry-waits", defaultValue = "10s,1m,5m,30m") String waits,
            @ConfigProperty(name = "parley.sms.attempts", defaultValue = "5") int attempts,
            @ConfigProperty(name = "parley.limit." + INBOUND_PER_NUMBER, defaultValue = "30/1m") String perNumber,
            @ConfigProperty(name = "parley.limit." + TESTS_PER_ADMIN, defaultValue = "10/10m") String testsPerAdmin,
            @ConfigProperty(name = "parley.sms.timeout", defaultValue = SmsHttpConfiguration.DEFAULT_TIMEOUT)
                    String timeout) {
        List<Duration> retryWaits = Arrays.stream(waits.split(",", -1))
                .map(String::strip)
                .map(wait -> UploadConfiguration.duration("parley.sms.retry-waits", wait))
                .toList();
        return new SmsPolicy(
                publicUrl,
                new RetrySchedule(retryWaits, attempts),
                ClaimLeases.lease(DEFAULT_CLAIM_LEASE, UploadConfiguration.duration("parley.sms.timeout", timeout)),
                20,
                RateLimit.parse(INBOUND_PER_NUMBER, perNumber),
                RateLimit.parse(TESTS_PER_ADMIN, testsPerAdmin));
    }
}

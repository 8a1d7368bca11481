package dev.parley.server;

import dev.parley.adapters.helpdesk.HelpdeskAddresses;
import dev.parley.application.handoff.port.in.HandoffPolicy;
import dev.parley.domain.shared.RateLimit;
import dev.parley.domain.shared.RetrySchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The handoff to the store's external helpdesk, from configuration ({@code PARLEY_HANDOFF_*}): the retries before a
 * handoff falls back to Parley's inbox, the helpdesks' addresses (their own by default; tests point them at a fake),
 * and how often an admin may test a connection. A claimed handoff is kept from other nodes for max(2 min, 3 × {@code
 * PARLEY_HANDOFF_TIMEOUT} + 30 s) (see {@link ClaimLeases}): an attempt makes up to three calls to the helpdesk, and is
 * not sent again by another node while it may still be waiting for them.
 */
@ApplicationScoped
public class HandoffConfiguration {

    /** {@code PARLEY_HANDOFF_TIMEOUT}'s default: for connecting to a helpdesk and for its whole answer. */
    static final String DEFAULT_TIMEOUT = "10s";

    /** The shortest a claimed handoff is kept from other nodes while its attempt runs. */
    static final Duration DEFAULT_CLAIM_LEASE = Duration.ofMinutes(2);

    @Produces
    HandoffPolicy handoffPolicy(
            @ConfigProperty(name = "parley.handoff.retry-waits", defaultValue = "30s,2m,10m,30m,1h") String waits,
            @ConfigProperty(name = "parley.handoff.attempts", defaultValue = "6") int attempts,
            @ConfigProperty(name = "parley.limit." + HandoffPolicy.TESTS_PER_ADMIN, defaultValue = "10/10m")
                    String testsPerAdmin,
            @ConfigProperty(name = "parley.public-url", defaultValue = "http://localhost:9080") String publicUrl,
            @ConfigProperty(name = "parley.handoff.timeout", defaultValue = DEFAULT_TIMEOUT) String timeout) {
        List<Duration> retryWaits = Arrays.stream(waits.split(","))
                .map(String::strip)
                .map(wait -> UploadConfiguration.duration("parley.handoff.retry-waits", wait))
                .toList();
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return new HandoffPolicy(
                new RetrySchedule(retryWaits, attempts),
                ClaimLeases.lease(DEFAULT_CLAIM_LEASE, UploadConfiguration.duration("parley.handoff.timeout", timeout)),
                10,
                RateLimit.parse(HandoffPolicy.TESTS_PER_ADMIN, testsPerAdmin),
                Optional.of(base + "/inbox/"));
    }

    @Produces
    HelpdeskAddresses helpdeskAddresses(
            @ConfigProperty(name = "parley.handoff.zendesk-url", defaultValue = "https://{account}.zendesk.com")
                    String zendesk,
            @ConfigProperty(name = "parley.handoff.gorgias-url", defaultValue = "https://{account}.gorgias.com")
                    String gorgias,
            @ConfigProperty(name = "parley.handoff.timeout", defaultValue = DEFAULT_TIMEOUT) String timeout) {
        return new HelpdeskAddresses(zendesk, gorgias, UploadConfiguration.duration("parley.handoff.timeout", timeout));
    }
}

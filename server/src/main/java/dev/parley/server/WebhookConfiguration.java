package dev.parley.server;

import dev.parley.adapters.security.AesGcmSecrets;
import dev.parley.application.shared.port.out.SecretsPort;
import dev.parley.application.webhook.port.in.WebhookPolicy;
import dev.parley.domain.shared.RetrySchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Outgoing webhooks and third parties' secrets, from configuration. Durations read like {@code 30s}: a whole number
 * and s, m, h or d.
 */
@ApplicationScoped
public class WebhookConfiguration {

    private static final Logger LOG = Logger.getLogger(WebhookConfiguration.class.getName());

    /** The shortest a claimed delivery is kept from other nodes while its attempt runs. */
    static final Duration DEFAULT_CLAIM_LEASE = Duration.ofSeconds(60);

    /**
     * {@code PARLEY_WEBHOOKS_MAX_ENDPOINTS} (20), {@code PARLEY_WEBHOOKS_ALLOW_HTTP} and {@code
     * PARLEY_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES} (false; for development only), {@code PARLEY_WEBHOOKS_TIMEOUT} (10s),
     * {@code PARLEY_WEBHOOKS_RETRY_WAITS} (30s,2m,10m,1h,6h,24h: the wait after each failed attempt, the last one
     * repeating), {@code PARLEY_WEBHOOKS_ATTEMPTS} (7), {@code PARLEY_WEBHOOKS_ROTATION_OVERLAP} (24h), {@code
     * PARLEY_WEBHOOKS_DISABLE_AFTER_FAILURES} (50), {@code PARLEY_WEBHOOKS_DISABLE_AFTER} (5d) and {@code
     * PARLEY_WEBHOOKS_LOG_RETENTION} (30d). A claimed delivery is kept from other nodes for max(60 s, 3 × the timeout +
     * 30 s) (see {@link ClaimLeases}), so that an attempt that waits out its timeout is not sent again meanwhile.
     */
    @Produces
    WebhookPolicy webhookPolicy(
            @ConfigProperty(
                            name = "parley.webhooks.max-endpoints",
                            defaultValue = "" + WebhookPolicy.DEFAULT_MAX_ENDPOINTS)
                    int maxEndpoints,
            @ConfigProperty(name = "parley.webhooks.allow-http", defaultValue = "false") boolean allowHttp,
            @ConfigProperty(name = "parley.webhooks.allow-private-addresses", defaultValue = "false")
                    boolean allowPrivate,
            @ConfigProperty(name = "parley.webhooks.timeout", defaultValue = "10s") String timeout,
            @ConfigProperty(name = "parley.webhooks.retry-waits", defaultValue = WebhookPolicy.DEFAULT_RETRY_WAITS)
                    String waits,
            @ConfigProperty(name = "parley.webhooks.attempts", defaultValue = "" + WebhookPolicy.DEFAULT_ATTEMPTS)
                    int attempts,
            @ConfigProperty(
                            name = "parley.webhooks.rotation-overlap",
                            defaultValue = WebhookPolicy.DEFAULT_ROTATION_OVERLAP)
                    String overlap,
            @ConfigProperty(
                            name = "parley.webhooks.disable-after-failures",
                            defaultValue = "" + WebhookPolicy.DEFAULT_DISABLE_AFTER_FAILURES)
                    int disableAfterFailures,
            @ConfigProperty(
                            name = "parley.webhooks.disable-after",
                            defaultValue = WebhookPolicy.DEFAULT_DISABLE_AFTER_FAILING_FOR)
                    String disableAfter,
            @ConfigProperty(name = "parley.webhooks.log-retention", defaultValue = WebhookPolicy.DEFAULT_LOG_RETENTION)
                    String retention) {
        List<Duration> retryWaits = Arrays.stream(waits.split(","))
                .map(wait -> UploadConfiguration.duration("parley.webhooks.retry-waits", wait))
                .toList();
        Duration attemptTimeout = UploadConfiguration.duration("parley.webhooks.timeout", timeout);
        return new WebhookPolicy(
                maxEndpoints,
                allowHttp,
                allowPrivate,
                attemptTimeout,
                new RetrySchedule(retryWaits, attempts),
                ClaimLeases.lease(DEFAULT_CLAIM_LEASE, attemptTimeout),
                50,
                UploadConfiguration.duration("parley.webhooks.rotation-overlap", overlap),
                disableAfterFailures,
                UploadConfiguration.duration("parley.webhooks.disable-after", disableAfter),
                UploadConfiguration.duration("parley.webhooks.log-retention", retention));
    }

    /**
     * {@code PARLEY_SECRETS_KEY}: 32 random bytes in base64 ({@code openssl rand -base64 32}); during a key rotation
     * {@code PARLEY_SECRETS_KEY_PREVIOUS} holds the key before it. Without a usable key Parley stores no third party's
     * secret, and says why; an unusable key is logged (never its value).
     */
    @Produces
    @ApplicationScoped
    SecretsPort secrets(
            @ConfigProperty(name = "parley.secrets.key") Optional<String> key,
            @ConfigProperty(name = "parley.secrets.key-previous") Optional<String> previous) {
        try {
            AesGcmSecrets secrets = new AesGcmSecrets(key, previous);
            LOG.info(() ->
                    "event=secrets_key configured=" + secrets.unavailable().isEmpty() + " previous_configured="
                            + previous.filter(given -> !given.isBlank()).isPresent());
            return secrets;
        } catch (IllegalArgumentException unusable) {
            LOG.severe(() -> "event=secrets_key_refused reason=\"" + unusable.getMessage() + "\"");
            return AesGcmSecrets.refused(unusable.getMessage() + ".");
        }
    }
}

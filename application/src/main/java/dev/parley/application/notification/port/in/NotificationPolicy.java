package dev.parley.application.notification.port.in;

import dev.parley.domain.notification.RetrySchedule;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How notifications are sent on this installation.
 *
 * @param publicBaseUrl where agents reach Parley ({@code PARLEY_PUBLIC_URL}); emails link its {@code /inbox/}
 * @param retries the waits after failed attempts, and the attempts a notification gets
 * @param claimLease how long a claimed notification is kept from other workers; longer than any send may take
 * @param batchSize the most notifications one round sends
 */
public record NotificationPolicy(URI publicBaseUrl, RetrySchedule retries, Duration claimLease, int batchSize) {

    public NotificationPolicy {
        Objects.requireNonNull(publicBaseUrl, "public base URL");
        Objects.requireNonNull(retries, "retries");
        Objects.requireNonNull(claimLease, "claim lease");
        if (!publicBaseUrl.isAbsolute()) {
            throw new IllegalArgumentException("The public URL must be absolute, such as https://chat.example.com");
        }
        if (claimLease.isNegative() || claimLease.isZero() || batchSize < 1) {
            throw new IllegalArgumentException("A claim lasts a while and a round sends at least one email");
        }
    }

    /** The standard retries, a five-minute claim and twenty emails a round. */
    public static NotificationPolicy standard(URI publicBaseUrl) {
        return new NotificationPolicy(publicBaseUrl, RetrySchedule.standard(), Duration.ofMinutes(5), 20);
    }

    /** The agents' inbox. */
    public URI inboxUrl() {
        String base = publicBaseUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "inbox/");
    }
}

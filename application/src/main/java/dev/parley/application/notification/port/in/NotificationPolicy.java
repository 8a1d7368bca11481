package dev.parley.application.notification.port.in;

import dev.parley.domain.shared.RetrySchedule;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How notifications are sent on this installation.
 *
 * @param publicBaseUrl where agents reach Parley ({@code PARLEY_PUBLIC_URL}); emails link its {@code /inbox/}
 * @param retries the waits after failed attempts, and the attempts a notification gets
 * @param claimLease how long a claimed notification is kept from other workers; longer than any send may take
 * @param batchSize the most notifications one round sends one by one
 * @param coalesceWindow how long after the team's last email new conversations are gathered into one summary
 *     instead of an email each ({@code PARLEY_EMAIL_COALESCE_WINDOW}); zero sends each at once
 */
public record NotificationPolicy(
        URI publicBaseUrl, RetrySchedule retries, Duration claimLease, int batchSize, Duration coalesceWindow) {

    /** The most conversations one summary gathers; more wait for the next one. */
    public static final int MAX_SUMMARY = 1000;

    public NotificationPolicy {
        Objects.requireNonNull(publicBaseUrl, "public base URL");
        Objects.requireNonNull(retries, "retries");
        Objects.requireNonNull(claimLease, "claim lease");
        if (!publicBaseUrl.isAbsolute()) {
            throw new IllegalArgumentException("The public URL must be absolute, such as https://chat.example.com");
        }
        Objects.requireNonNull(coalesceWindow, "coalesce window");
        if (claimLease.isNegative() || claimLease.isZero() || batchSize < 1) {
            throw new IllegalArgumentException("A claim lasts a while and a round sends at least one email");
        }
        if (coalesceWindow.isNegative()) {
            throw new IllegalArgumentException("The email window cannot be negative");
        }
    }

    /** Without gathering: every new conversation gets its own email. */
    public NotificationPolicy(URI publicBaseUrl, RetrySchedule retries, Duration claimLease, int batchSize) {
        this(publicBaseUrl, retries, claimLease, batchSize, Duration.ZERO);
    }

    /**
     * The standard retries, a five-minute claim, twenty emails a round, and at most one email per ten minutes: a
     * burst of new conversations after the first is told in one summary.
     */
    public static NotificationPolicy standard(URI publicBaseUrl) {
        return new NotificationPolicy(
                publicBaseUrl, RetrySchedule.standard(), Duration.ofMinutes(5), 20, Duration.ofMinutes(10));
    }

    /** The same policy with another email window. */
    public NotificationPolicy withCoalesceWindow(Duration window) {
        return new NotificationPolicy(publicBaseUrl, retries, claimLease, batchSize, window);
    }

    /** The agents' inbox. */
    public URI inboxUrl() {
        String base = publicBaseUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "inbox/");
    }
}

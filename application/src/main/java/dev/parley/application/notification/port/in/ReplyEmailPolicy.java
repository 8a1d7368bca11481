package dev.parley.application.notification.port.in;

import dev.parley.domain.shared.RetrySchedule;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How agents' replies reach visitors who left.
 *
 * @param delay how long after the last reply of a burst the email waits ({@code
 *     PARLEY_VISITOR_REPLY_EMAIL_DELAY_SECONDS}, default 180): a visitor who comes back and reads the replies in the
 *     widget by then gets no email
 * @param linkLifetime how long the email's link opens the conversation ({@code
 *     PARLEY_VISITOR_RESUME_LINK_DAYS}, default 7 days)
 * @param storeName the store's name in the email ({@code PARLEY_STORE_NAME}, default "Customer support")
 * @param publicBaseUrl Parley's own address, where the chat page is ({@code PARLEY_PUBLIC_URL})
 * @param retries when a failed email is tried again
 * @param claimLease how long a claim keeps other workers off an email
 * @param batchSize the most emails one round sends
 */
public record ReplyEmailPolicy(
        Duration delay,
        Duration linkLifetime,
        String storeName,
        URI publicBaseUrl,
        RetrySchedule retries,
        Duration claimLease,
        int batchSize) {

    public static final Duration DEFAULT_DELAY = Duration.ofMinutes(3);
    public static final Duration DEFAULT_LINK_LIFETIME = Duration.ofDays(7);
    public static final String DEFAULT_STORE_NAME = "Customer support";

    public ReplyEmailPolicy {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(linkLifetime, "link lifetime");
        Objects.requireNonNull(storeName, "store name");
        Objects.requireNonNull(publicBaseUrl, "public base URL");
        Objects.requireNonNull(retries, "retries");
        Objects.requireNonNull(claimLease, "claim lease");
        if (delay.isNegative() || linkLifetime.isNegative() || linkLifetime.isZero() || batchSize < 1) {
            throw new IllegalArgumentException("The reply email delay, link lifetime and batch size must be positive");
        }
    }

    /** The chat page that opens a conversation again with a link's token (base64url), in the visitor's language. */
    public URI chatPage(String token, Locale language) {
        String base = publicBaseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/chat/?c=" + token + "&lang=" + language.getLanguage());
    }
}

package dev.parley.adapters.sms;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the SMS adapter waits ({@code PARLEY_SMS_TIMEOUT}).
 *
 * @param send for connecting to the provider and for its whole answer to a message
 * @param webhook for connecting to a webhook and for its status
 */
public record SmsHttpTimeouts(Duration send, Duration webhook) {

    /** How long a webhook posted as the provider may take: Twilio waits 15 seconds, Parley's own webhooks far less. */
    public static final Duration WEBHOOK = Duration.ofSeconds(5);

    /** Ten seconds for the provider, five for a webhook. */
    public static SmsHttpTimeouts standard() {
        return new SmsHttpTimeouts(Duration.ofSeconds(10), WEBHOOK);
    }

    public SmsHttpTimeouts {
        Objects.requireNonNull(send, "send");
        Objects.requireNonNull(webhook, "webhook");
        if (send.isNegative() || send.isZero() || webhook.isNegative() || webhook.isZero()) {
            throw new IllegalArgumentException("The SMS adapter's timeouts are positive");
        }
    }
}

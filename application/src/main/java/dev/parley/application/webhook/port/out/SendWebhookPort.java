package dev.parley.application.webhook.port.out;

import dev.parley.domain.webhook.WebhookUrl;
import java.util.Map;

/** Posts webhook requests to the store's receivers, through the outbound-request guard. */
public interface SendWebhookPort {

    /**
     * Checks that the URL's host resolves only to addresses Parley may reach.
     *
     * @throws dev.parley.domain.shared.InvalidValueException {@code webhook_address_refused} when it does not
     */
    void requireAllowed(WebhookUrl url);

    /**
     * Posts the body with these headers and no redirects; reads a few KB of the answer at most.
     *
     * @return the receiver's status code
     * @throws WebhookNotSentException when no answer came (refused address, unreachable, TLS, time-out)
     */
    int post(WebhookUrl url, Map<String, String> headers, byte[] body);
}

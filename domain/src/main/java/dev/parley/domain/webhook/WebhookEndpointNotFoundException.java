package dev.parley.domain.webhook;

import dev.parley.domain.shared.NotFoundException;

/** No webhook endpoint has this id. */
public class WebhookEndpointNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public WebhookEndpointNotFoundException() {
        super("webhook_not_found", "No webhook endpoint with that id exists.");
    }
}

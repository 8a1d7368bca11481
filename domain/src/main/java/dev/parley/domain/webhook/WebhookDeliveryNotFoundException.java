package dev.parley.domain.webhook;

import dev.parley.domain.shared.NotFoundException;

/** No delivery of this endpoint has this id (or it is older than the delivery log keeps). */
public class WebhookDeliveryNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public WebhookDeliveryNotFoundException() {
        super("webhook_delivery_not_found", "No delivery with that id exists for this endpoint.");
    }
}

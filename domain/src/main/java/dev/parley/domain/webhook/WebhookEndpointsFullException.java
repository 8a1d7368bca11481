package dev.parley.domain.webhook;

import dev.parley.domain.shared.DomainException;

/** The store has as many webhook endpoints as Parley allows. */
public class WebhookEndpointsFullException extends DomainException {

    private static final long serialVersionUID = 1L;

    public WebhookEndpointsFullException(int max) {
        super(
                "webhook_limit_reached",
                "A store can have at most " + max + " webhook endpoints; delete one before adding another.");
    }
}

package dev.parley.domain.webhook;

import dev.parley.domain.shared.DomainException;

/** The endpoint is disabled: enable it before asking for a delivery again. */
public class WebhookDisabledException extends DomainException {

    private static final long serialVersionUID = 1L;

    public WebhookDisabledException() {
        super("webhook_disabled", "This endpoint is disabled; enable it before redelivering.");
    }
}

package dev.parley.application.webhook.port.out;

/** A webhook request got no answer: the reason says why, in words, without secrets. */
public class WebhookNotSentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WebhookNotSentException(String reason) {
        super(reason);
    }

    public WebhookNotSentException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

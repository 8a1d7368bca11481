package dev.parley.domain.notification;

import dev.parley.domain.shared.DomainException;

/** The mail server could not be reached, or refused the transcript: nothing was sent, and the visitor may try again. */
public class TranscriptNotSentException extends DomainException {

    private static final long serialVersionUID = 1L;

    public TranscriptNotSentException() {
        super("email_not_sent", "The email could not be sent just now. Try again in a while.");
    }
}

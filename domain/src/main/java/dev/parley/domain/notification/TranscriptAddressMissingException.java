package dev.parley.domain.notification;

import dev.parley.domain.shared.InvalidValueException;

/** A transcript was asked for without an address, and Parley has none for the visitor. */
public class TranscriptAddressMissingException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    public TranscriptAddressMissingException() {
        super("email_required", "Give the email address to send the conversation to.");
    }
}

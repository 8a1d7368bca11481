package dev.parley.application.notification.port.out;

/** The mail server could not be reached, or refused an email. Its message names the cause without secrets. */
public class EmailNotSentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmailNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}

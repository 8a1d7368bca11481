package dev.parley.application.team.port.out;

/** The mail server could not be reached, or refused a password reset email; the message says why, never the link. */
public class ResetEmailNotSentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ResetEmailNotSentException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

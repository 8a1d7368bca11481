package dev.parley.application.notification.port.in;

import dev.parley.domain.shared.DomainException;

/** No mail server is configured, so no email can be sent: the operator sets {@code PARLEY_SMTP_HOST}. */
public class MailServerMissingException extends DomainException {

    private static final long serialVersionUID = 1L;

    public MailServerMissingException() {
        super(
                "smtp_not_configured",
                "Parley cannot send email: no mail server is configured. Set PARLEY_SMTP_HOST (and PARLEY_SMTP_PORT,"
                        + " _USERNAME, _PASSWORD, _FROM) on the server and restart it.");
    }
}

package dev.parley.application.team.port.in;

import dev.parley.domain.shared.DomainException;

/** No mail server is configured, so no password reset link can reach an agent: the operator sets PARLEY_SMTP_HOST. */
public class NoMailServerException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NoMailServerException() {
        super(
                "smtp_not_configured",
                "Parley cannot send email: no mail server is configured, so a password reset link cannot be sent. Set"
                        + " PARLEY_SMTP_HOST (and PARLEY_SMTP_PORT, _USERNAME, _PASSWORD, _FROM) on the server.");
    }
}

package dev.parley.adapters.mail;

import dev.parley.application.team.port.out.ResetEmailNotSentException;
import dev.parley.application.team.port.out.SendPasswordResetEmailPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

/** Emails agents their password reset links through the same SMTP server as the team's emails (a driven adapter). */
@ApplicationScoped
class SmtpPasswordResetAdapter implements SendPasswordResetEmailPort {

    private SmtpEmailAdapter smtp;

    @Inject
    SmtpPasswordResetAdapter(SmtpEmailAdapter smtp) {
        this.smtp = smtp;
    }

    /** For CDI proxies only. */
    protected SmtpPasswordResetAdapter() {}

    @Override
    public boolean canSend() {
        return smtp.canSend();
    }

    @Override
    public void send(PasswordResetEmail email) {
        if (!smtp.canSend()) {
            throw new ResetEmailNotSentException("No SMTP server is configured (PARLEY_SMTP_HOST)", null);
        }
        try {
            smtp.sendNow(email.address(), PasswordResetEmailText.of(email));
        } catch (MessagingException failed) {
            throw new ResetEmailNotSentException(SmtpEmailAdapter.reason(failed), failed);
        }
    }
}

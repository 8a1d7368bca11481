package dev.parley.application.notification;

import dev.parley.application.notification.port.in.DeliverMentionEmailsUseCase;
import dev.parley.application.notification.port.out.EmailNotSentException;
import dev.parley.application.notification.port.out.SendEmailPort;
import dev.parley.domain.notification.MentionEmail;
import dev.parley.domain.notification.MentionNotification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Sends the due mention emails: for each, a claim (its own transaction), the email (no transaction), then the outcome
 * (another transaction), so that two workers never send one twice and a slow mail server holds no lock. Without a mail
 * server nothing is claimed.
 */
@ApplicationScoped
public class MentionEmailDeliveryService implements DeliverMentionEmailsUseCase {

    private MentionEmailOutbox outbox;
    private SendEmailPort mail;

    @Inject
    public MentionEmailDeliveryService(MentionEmailOutbox outbox, SendEmailPort mail) {
        this.outbox = outbox;
        this.mail = mail;
    }

    /** For CDI proxies only. */
    protected MentionEmailDeliveryService() {}

    @Override
    public int deliverDue() {
        if (!mail.canSend()) {
            return 0;
        }
        int sent = 0;
        for (MentionNotification due : outbox.due()) {
            Optional<MentionEmail> email = outbox.claim(due.note(), due.agent());
            if (email.isEmpty()) {
                continue;
            }
            try {
                mail.sendMention(email.get());
            } catch (EmailNotSentException failed) {
                outbox.failed(due.note(), due.agent(), failed.getMessage());
                continue;
            }
            outbox.sent(due.note(), due.agent());
            sent++;
        }
        return sent;
    }
}

package dev.parley.application.notification;

import dev.parley.application.notification.port.in.DeliverVisitorReplyEmailsUseCase;
import dev.parley.application.notification.port.out.EmailNotSentException;
import dev.parley.application.notification.port.out.SendEmailPort;
import dev.parley.domain.notification.VisitorReplyEmail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends the due emails that carry agents' replies to visitors who left: for each, a claim (its own transaction), the
 * email (no transaction, so a slow mail server holds no lock), then the outcome (another transaction), so that two
 * workers never send one twice and a worker that vanished mid-send leaves it due again after the claim's lease.
 */
@ApplicationScoped
public class VisitorReplyEmailDeliveryService implements DeliverVisitorReplyEmailsUseCase {

    private VisitorReplyEmailOutbox outbox;
    private SendEmailPort mail;

    @Inject
    public VisitorReplyEmailDeliveryService(VisitorReplyEmailOutbox outbox, SendEmailPort mail) {
        this.outbox = outbox;
        this.mail = mail;
    }

    /** For CDI proxies only. */
    protected VisitorReplyEmailDeliveryService() {}

    @Override
    public int deliverDue() {
        if (!mail.canSend()) {
            return 0;
        }
        int sent = 0;
        for (UUID due : outbox.due()) {
            Optional<VisitorReplyEmail> email = outbox.claim(due);
            if (email.isEmpty()) {
                continue;
            }
            try {
                mail.sendVisitorReply(email.get());
            } catch (EmailNotSentException failed) {
                outbox.failed(due, failed.getMessage());
                continue;
            }
            outbox.sent(due);
            sent++;
        }
        return sent;
    }
}

package dev.parley.application.notification;

import dev.parley.application.notification.port.in.DeliverNotificationsUseCase;
import dev.parley.application.notification.port.out.EmailNotSentException;
import dev.parley.application.notification.port.out.SendEmailPort;
import dev.parley.domain.notification.NotificationEmail;
import dev.parley.domain.ticket.TicketId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Sends what the outbox has due: for each notification, a claim (its own transaction), the email (no transaction, so
 * a slow mail server holds no lock), then the outcome (another transaction). A notification is claimed before it is
 * sent and marked sent after, so two workers, on one node or several, never send it twice; one that a worker claimed
 * and never finished is due again when its claim runs out. Without a mail server nothing is claimed: the outbox
 * keeps every notification for when one is configured.
 */
@ApplicationScoped
public class NotificationDeliveryService implements DeliverNotificationsUseCase {

    private NotificationOutbox outbox;
    private SendEmailPort mail;

    @Inject
    public NotificationDeliveryService(NotificationOutbox outbox, SendEmailPort mail) {
        this.outbox = outbox;
        this.mail = mail;
    }

    /** For CDI proxies only. */
    protected NotificationDeliveryService() {}

    @Override
    public int deliverDue() {
        if (!mail.canSend()) {
            return 0;
        }
        int sent = 0;
        for (TicketId ticket : outbox.due()) {
            Optional<NotificationEmail> email = outbox.claim(ticket);
            if (email.isPresent() && deliver(ticket, email.get())) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(TicketId ticket, NotificationEmail email) {
        try {
            mail.send(email);
        } catch (EmailNotSentException failed) {
            outbox.failed(ticket, failed.getMessage());
            return false;
        }
        outbox.sent(ticket);
        return true;
    }
}

package dev.parley.application.notification;

import dev.parley.application.notification.port.in.DeliverNotificationsUseCase;
import dev.parley.application.notification.port.out.EmailNotSentException;
import dev.parley.application.notification.port.out.SendEmailPort;
import dev.parley.domain.notification.NotificationEmail;
import dev.parley.domain.ticket.TicketId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Sends what the outbox has due: for each notification, a claim (its own transaction), the email (no transaction, so
 * a slow mail server holds no lock), then the outcome (another transaction). A notification is claimed before it is
 * sent and marked sent after, so two workers, on one node or several, never send it twice; one that a worker claimed
 * and never finished is due again when its claim runs out. Without a mail server nothing is claimed: the outbox
 * keeps every notification for when one is configured. The team gets at most one email per email window: new
 * tickets that come due while the last email is recent are held back and told together, in one summary, when the
 * window ends (see {@link NotificationOutbox#nextRound()}).
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
        NotificationOutbox.Round round = outbox.nextRound();
        if (round.together() && round.tickets().size() > 1) {
            return deliverTogether(round.tickets());
        }
        int sent = 0;
        for (TicketId ticket : round.tickets()) {
            Optional<NotificationEmail> email = outbox.claim(ticket);
            if (email.isPresent() && deliver(List.of(ticket), email.get())) {
                sent++;
            }
        }
        return sent;
    }

    /** One email for every ticket still needing one: a summary, or the ticket's own email when only one is left. */
    private int deliverTogether(List<TicketId> due) {
        List<TicketId> claimed = due.stream().filter(outbox::claimForSummary).toList();
        if (claimed.isEmpty()) {
            return 0;
        }
        Optional<NotificationEmail> email =
                claimed.size() == 1 ? outbox.emailAbout(claimed.get(0)) : Optional.of(outbox.summary(claimed.size()));
        if (email.isEmpty()) {
            claimed.forEach(ticket -> outbox.failed(ticket, "The ticket is gone"));
            return 0;
        }
        return deliver(claimed, email.get()) ? 1 : 0;
    }

    private boolean deliver(List<TicketId> tickets, NotificationEmail email) {
        try {
            mail.send(email);
        } catch (EmailNotSentException failed) {
            tickets.forEach(ticket -> outbox.failed(ticket, failed.getMessage()));
            return false;
        }
        tickets.forEach(outbox::sent);
        return true;
    }
}

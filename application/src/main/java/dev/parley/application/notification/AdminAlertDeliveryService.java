package dev.parley.application.notification;

import dev.parley.application.notification.port.in.DeliverAdminAlertsUseCase;
import dev.parley.application.notification.port.out.EmailNotSentException;
import dev.parley.application.notification.port.out.SendEmailPort;
import dev.parley.domain.notification.AdminAlert;
import dev.parley.domain.notification.AdminAlertEmail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Sends the admins' alerts that are due: each claimed (a transaction), sent (none), and its outcome recorded. */
@ApplicationScoped
public class AdminAlertDeliveryService implements DeliverAdminAlertsUseCase {

    private AdminAlertOutbox outbox;
    private SendEmailPort mail;

    @Inject
    public AdminAlertDeliveryService(AdminAlertOutbox outbox, SendEmailPort mail) {
        this.outbox = outbox;
        this.mail = mail;
    }

    /** For CDI proxies only. */
    protected AdminAlertDeliveryService() {}

    @Override
    public int deliverDue() {
        if (!mail.canSend()) {
            return 0;
        }
        int sent = 0;
        for (AdminAlert due : outbox.due()) {
            Optional<AdminAlertEmail> email = outbox.claim(due.id());
            if (email.isEmpty()) {
                continue;
            }
            try {
                mail.sendAdminAlert(email.get());
            } catch (EmailNotSentException failed) {
                outbox.failed(due.id(), failed.getMessage());
                continue;
            }
            outbox.sent(due.id());
            sent++;
        }
        return sent;
    }
}

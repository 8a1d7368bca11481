package dev.parley.application.notification;

import dev.parley.application.limits.port.in.AdmitUseCase;
import dev.parley.application.notification.port.in.EmailDeliveryUseCase;
import dev.parley.application.notification.port.in.MailServerMissingException;
import dev.parley.application.notification.port.in.NotificationPolicy;
import dev.parley.application.notification.port.in.TestEmailLimits;
import dev.parley.application.notification.port.out.EmailNotSentException;
import dev.parley.application.notification.port.out.SendEmailPort;
import dev.parley.application.team.port.in.AdminAddressQuery;
import dev.parley.application.team.port.in.AdminAddressQuery.AdminAddress;
import dev.parley.domain.notification.NotificationEmail;
import dev.parley.domain.shared.AgentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Tells admins whether Parley can email the team, and sends them a test email on request. The test email goes only to
 * the asking admin's own address, outside any transaction (a slow mail server holds no lock), and counts against
 * {@link TestEmailLimits}; the mail server's refusal is answered, not thrown, since it is what the admin asked to see.
 */
@ApplicationScoped
public class EmailDeliveryService implements EmailDeliveryUseCase {

    private SendEmailPort mail;
    private AdminAddressQuery admins;
    private NotificationPolicy policy;
    private AdmitUseCase admission;
    private TestEmailLimits limits;

    @Inject
    public EmailDeliveryService(
            SendEmailPort mail,
            AdminAddressQuery admins,
            NotificationPolicy policy,
            AdmitUseCase admission,
            TestEmailLimits limits) {
        this.mail = mail;
        this.admins = admins;
        this.policy = policy;
        this.admission = admission;
        this.limits = limits;
    }

    /** For CDI proxies only. */
    protected EmailDeliveryService() {}

    @Override
    public EmailDelivery delivery() {
        return new EmailDelivery(mail.canSend());
    }

    @Override
    public TestEmailOutcome sendTest(AgentId admin) {
        AdminAddress to = admins.adminAddress(admin);
        if (!mail.canSend()) {
            throw new MailServerMissingException();
        }
        admission.admit(limits.perAdmin(), admin.toString());
        try {
            mail.sendTest(new NotificationEmail.Recipient(to.email(), to.locale()), policy.inboxUrl());
        } catch (EmailNotSentException refused) {
            return new TestEmailOutcome(to.email(), Optional.of(refused.getMessage()));
        }
        return new TestEmailOutcome(to.email(), Optional.empty());
    }
}

package dev.parley.application.settings;

import dev.parley.application.settings.port.in.EmailNotificationSettingsQuery;
import dev.parley.application.settings.port.in.NewTicketEmails;
import dev.parley.application.settings.port.in.NewTicketEmailsQuery;
import dev.parley.application.settings.port.in.UpdateEmailNotificationSettingsCommand;
import dev.parley.application.settings.port.in.UpdateEmailNotificationSettingsUseCase;
import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.domain.settings.EmailNotificationSettings;
import dev.parley.domain.settings.EmailNotifications;
import dev.parley.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Shows admins who is emailed about new tickets and lets them change it; tells the notifications whom to email. */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class EmailNotificationSettingsService
        implements EmailNotificationSettingsQuery, UpdateEmailNotificationSettingsUseCase, NewTicketEmailsQuery {

    private SettingsSectionPort<EmailNotificationSettings> store;
    private SettingsCache cache;
    private SettingsChanges changes;

    @Inject
    public EmailNotificationSettingsService(
            SettingsSectionPort<EmailNotificationSettings> store, SettingsCache cache, SettingsChanges changes) {
        this.store = store;
        this.cache = cache;
        this.changes = changes;
    }

    /** For CDI proxies only. */
    protected EmailNotificationSettingsService() {}

    @Override
    public EmailNotificationSettings emailNotificationSettings() {
        return cache.get(SECTION, store::load);
    }

    @Override
    public NewTicketEmails newTicketEmails() {
        EmailNotifications wanted = emailNotificationSettings().emailNotifications();
        return new NewTicketEmails(wanted.enabled(), wanted.recipients(), wanted.delay());
    }

    @Override
    public EmailNotificationSettings update(UpdateEmailNotificationSettingsCommand command) {
        return changes.change(
                command.actor(),
                SECTION,
                store,
                (current, now) -> command.emailNotifications()
                        .map(EmailNotificationSettings::new)
                        .orElse(current));
    }
}

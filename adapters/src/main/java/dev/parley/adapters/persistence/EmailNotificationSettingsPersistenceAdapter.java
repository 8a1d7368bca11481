package dev.parley.adapters.persistence;

import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.domain.settings.EmailNotificationSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and stores the team's email notifications through JPA (a driven adapter). Saving changes the recipients'
 * rows that differ, so that an address is never deleted and inserted again in one transaction.
 */
@ApplicationScoped
class EmailNotificationSettingsPersistenceAdapter implements SettingsSectionPort<EmailNotificationSettings> {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public EmailNotificationSettings load() {
        return StoreSettingsJpaEntity.row(em, EmailNotificationSettingsJpaEntity.class, LockModeType.NONE)
                .toDomain(recipients());
    }

    @Override
    public EmailNotificationSettings loadForUpdate() {
        return StoreSettingsJpaEntity.row(em, EmailNotificationSettingsJpaEntity.class, LockModeType.PESSIMISTIC_WRITE)
                .toDomain(recipients());
    }

    @Override
    public void save(EmailNotificationSettings settings) {
        StoreSettingsJpaEntity.row(em, EmailNotificationSettingsJpaEntity.class, LockModeType.PESSIMISTIC_WRITE)
                .copyStateOf(settings);
        List<String> recipients = settings.emailNotifications().recipients();
        Map<String, EmailNotificationRecipientJpaEntity> stored = new HashMap<>();
        recipientRows().forEach(row -> stored.put(row.address, row));
        for (int position = 0; position < recipients.size(); position++) {
            EmailNotificationRecipientJpaEntity row = stored.remove(recipients.get(position));
            if (row == null) {
                em.persist(EmailNotificationRecipientJpaEntity.from(recipients.get(position), position));
            } else {
                row.moveTo(position);
            }
        }
        stored.values().forEach(em::remove);
    }

    private List<String> recipients() {
        return recipientRows().stream().map(recipient -> recipient.address).toList();
    }

    private List<EmailNotificationRecipientJpaEntity> recipientRows() {
        return em.createQuery(
                        "SELECT r FROM EmailNotificationRecipient r ORDER BY r.position, r.address",
                        EmailNotificationRecipientJpaEntity.class)
                .getResultList();
    }
}

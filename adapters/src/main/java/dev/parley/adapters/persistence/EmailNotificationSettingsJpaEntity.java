package dev.parley.adapters.persistence;

import dev.parley.domain.settings.EmailNotificationSettings;
import dev.parley.domain.settings.EmailNotifications;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.List;

/**
 * The email notification section's columns of the store's settings row; the recipients live in {@link
 * EmailNotificationRecipientJpaEntity}.
 */
@Entity(name = "EmailNotificationSettings")
@Table(name = "store_settings")
class EmailNotificationSettingsJpaEntity {

    @Id
    @Column(name = "id")
    int id;

    /** 1 when new tickets are emailed, else 0. */
    @Column(name = "email_notifications_enabled", nullable = false)
    int emailNotificationsEnabled;

    @Column(name = "email_notification_delay_seconds", nullable = false)
    int emailNotificationDelaySeconds;

    void copyStateOf(EmailNotificationSettings settings) {
        emailNotificationsEnabled = settings.emailNotifications().enabled() ? 1 : 0;
        emailNotificationDelaySeconds =
                Math.toIntExact(settings.emailNotifications().delay().toSeconds());
    }

    EmailNotificationSettings toDomain(List<String> recipients) {
        return new EmailNotificationSettings(new EmailNotifications(
                emailNotificationsEnabled == 1, recipients, Duration.ofSeconds(emailNotificationDelaySeconds)));
    }
}
